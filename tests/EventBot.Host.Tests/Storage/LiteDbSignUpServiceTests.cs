using EventBot.Domain.Outreach;
using EventBot.Domain.SignUps;
using EventBot.Storage.Outreach;
using EventBot.Storage;
using EventBot.Storage.SignUps;
using Microsoft.Bot.Builder;
using static EventBot.Host.Tests.Storage.SignUpTestBed;

namespace EventBot.Host.Tests.Storage;

/// <summary>Sign-ups, capacities and waiting lists over a real LiteDB file.</summary>
public sealed class LiteDbSignUpServiceTests : IDisposable
{
    private const string Emergence = "emergence";
    private const string Attractivite = "attractivite";
    private static readonly DateTimeOffset ConsentAt = new(2019, 10, 1, 8, 30, 0, TimeSpan.FromHours(2));

    private readonly SignUpTestBed _bed = new(new Dictionary<string, int> { [Emergence] = 2, [Attractivite] = 1 });

    private ISignUpService Service => _bed.Service;

    public void Dispose() => _bed.Dispose();

    private SignUpResult SignUp(int person, string parcoursId = Emergence) =>
        Service.SignUp(parcoursId, Person(person), UserKey(person), ConsentAt);

    private SignUpResult Wait(int person, string parcoursId = Emergence) =>
        Service.JoinWaitingList(parcoursId, Person(person), UserKey(person), ConsentAt);

    [Fact]
    public void A_sign_up_with_room_is_confirmed_stored_and_takes_a_place()
    {
        var result = SignUp(1);

        Assert.Equal(SignUpOutcome.Confirmed, result.Outcome);
        var signUp = Assert.IsType<SignUp>(result.SignUp);
        Assert.Equal((Emergence, SignUpStatus.Confirmed, UserKey(1)), (signUp.ParcoursId, signUp.Status, signUp.UserKey));
        Assert.Equal(Person(1), signUp.Participant);
        Assert.Equal(ConsentAt, signUp.ConsentAt);
        Assert.Equal(_bed.Clock.Now, signUp.CreatedAt);
        Assert.Null(result.WaitingPosition);
        Assert.Equal(signUp, Service.Find(UserKey(1), null));
        Assert.Equal(1, Service.PlacesLeft(Emergence));
        Assert.Equal(30, Service.PlacesLeft("lieu-totem"));
    }

    [Fact]
    public void A_full_parcours_answers_Full_and_stores_nothing()
    {
        SignUp(1);
        SignUp(2);

        var result = SignUp(3);

        Assert.Equal(new SignUpResult(SignUpOutcome.Full), result);
        Assert.Null(Service.Find(UserKey(3), Person(3).Email));
        Assert.Equal(0, Service.PlacesLeft(Emergence));
        Assert.Equal(2, Service.All().Count);
    }

    [Fact]
    public void The_waiting_list_is_first_come_first_served_with_positions()
    {
        SignUp(1, Attractivite);

        var waiting = Enumerable.Range(2, 3).Select(person => Wait(person, Attractivite)).ToList();

        Assert.All(waiting, result => Assert.Equal(SignUpOutcome.Waiting, result.Outcome));
        Assert.All(waiting, result => Assert.Equal(SignUpStatus.Waiting, result.SignUp!.Status));
        Assert.Equal([1, 2, 3], waiting.Select(result => result.WaitingPosition));
        Assert.Equal(0, Service.PlacesLeft(Attractivite));
    }

    [Fact]
    public void Joining_the_waiting_list_while_a_place_is_left_confirms()
    {
        var result = Wait(1);

        Assert.Equal(SignUpOutcome.Confirmed, result.Outcome);
        Assert.Equal(SignUpStatus.Confirmed, result.SignUp!.Status);
    }

    [Fact]
    public void Cancelling_a_confirmed_sign_up_promotes_the_first_waiting_who_is_told_once()
    {
        var first = SignUp(1, Attractivite).SignUp!;
        var second = Wait(2, Attractivite).SignUp!;
        Wait(3, Attractivite);
        _bed.Clock.Now = _bed.Clock.Now.AddHours(3);

        var promoted = Service.Cancel(first.Id);

        Assert.NotNull(promoted);
        Assert.Equal((second.Id, SignUpStatus.Confirmed, false), (promoted.Id, promoted.Status, promoted.PromotionSeen));
        Assert.Equal(_bed.Clock.Now, promoted.PromotedAt);
        Assert.Null(Service.Find(UserKey(1), null));
        Assert.Equal(SignUpStatus.Waiting, Service.Find(UserKey(3), null)!.Status);

        var told = Assert.Single(Service.TakeUnseenPromotions(UserKey(2)));
        Assert.Equal((second.Id, _bed.Clock.Now), (told.Id, told.PromotedAt));
        Assert.Empty(Service.TakeUnseenPromotions(UserKey(2)));
        Assert.Empty(Service.TakeUnseenPromotions(UserKey(3)));
    }

    [Fact]
    public void A_promotion_made_after_everyone_was_found_told_is_still_told()
    {
        var first = SignUp(1, Attractivite).SignUp!;
        Wait(2, Attractivite);
        Assert.Empty(Service.TakeUnseenPromotions(UserKey(2)));
        Assert.Empty(Service.TakeUnseenPromotions(UserKey(1)));

        Service.Cancel(first.Id);

        Assert.Single(Service.TakeUnseenPromotions(UserKey(2)));
        Assert.Empty(Service.TakeUnseenPromotions(UserKey(2)));
    }

    [Fact]
    public void The_outbox_queues_a_promotion_made_after_it_found_everyone_told_and_only_once()
    {
        var outbox = new LiteDbOutbox(_bed.Database);
        OutgoingMessage Notice(SignUp signUp) => new($"promotion-{signUp.Id}", signUp.UserKey, "Une place s'est libérée.", _bed.Clock.Now);
        var first = SignUp(1, Attractivite).SignUp!;
        var second = Wait(2, Attractivite).SignUp!;
        Assert.Equal(0, outbox.QueuePromotionNotices(Notice));

        Service.Cancel(first.Id);

        Assert.Equal(1, outbox.QueuePromotionNotices(Notice));
        Assert.Equal(UserKey(2), outbox.Find($"promotion-{second.Id}")!.RecipientKey);
        Assert.Equal(0, outbox.QueuePromotionNotices(Notice));
        Assert.Empty(Service.TakeUnseenPromotions(UserKey(2)));
    }

    [Fact]
    public void An_untold_promotion_from_before_a_restart_is_told_by_the_new_service()
    {
        var first = SignUp(1, Attractivite).SignUp!;
        Wait(2, Attractivite);
        Service.Cancel(first.Id);

        var restarted = new LiteDbSignUpService(_bed.Database, SignUpTestBed.EventData, Microsoft.Extensions.Options.Options.Create(_bed.Options), _bed.Clock, new LiteDbConversationReferences(_bed.Database));

        Assert.Empty(restarted.TakeUnseenPromotions(UserKey(3)));
        Assert.Single(restarted.TakeUnseenPromotions(UserKey(2)));
    }

    [Fact]
    public void Cancelling_a_waiting_entry_promotes_no_one_and_unknown_ids_are_ignored()
    {
        SignUp(1, Attractivite);
        var waiting = Wait(2, Attractivite).SignUp!;
        Wait(3, Attractivite);

        Assert.Null(Service.Cancel(waiting.Id));
        Assert.Null(Service.Cancel("nope"));
        Assert.Equal(SignUpStatus.Waiting, Service.Find(UserKey(3), null)!.Status);
        Assert.Equal(2, Service.All().Count);
    }

    [Fact]
    public void Changing_to_a_parcours_with_room_frees_the_old_place_for_the_first_waiting()
    {
        var moving = SignUp(1, Attractivite).SignUp!;
        var waiting = Wait(2, Attractivite).SignUp!;

        var result = Service.ChangeParcours(moving.Id, Emergence);

        Assert.Equal(SignUpOutcome.Confirmed, result.Outcome);
        Assert.Equal((moving.Id, Emergence, SignUpStatus.Confirmed), (result.SignUp!.Id, result.SignUp.ParcoursId, result.SignUp.Status));
        Assert.Equal(1, Service.PlacesLeft(Emergence));
        var promoted = Service.Find(UserKey(2), null)!;
        Assert.Equal((waiting.Id, SignUpStatus.Confirmed, false), (promoted.Id, promoted.Status, promoted.PromotionSeen));
    }

    [Fact]
    public void A_waiting_entry_changed_to_a_parcours_with_room_is_confirmed_there()
    {
        SignUp(1, Attractivite);
        var waiting = Wait(2, Attractivite).SignUp!;

        var result = Service.ChangeParcours(waiting.Id, Emergence);

        Assert.Equal((SignUpOutcome.Confirmed, SignUpStatus.Confirmed), (result.Outcome, result.SignUp!.Status));
        Assert.Equal(SignUpStatus.Confirmed, Service.Find(UserKey(1), null)!.Status);
    }

    [Theory]
    [InlineData(Attractivite, SignUpOutcome.Full)]
    [InlineData(Emergence, SignUpOutcome.AlreadySignedUp)]
    [InlineData("parcours-inconnu", SignUpOutcome.UnknownParcours)]
    public void A_change_that_cannot_happen_changes_nothing(string newParcoursId, SignUpOutcome expected)
    {
        SignUp(1, Attractivite);
        var signUp = SignUp(2).SignUp!;
        var before = Service.All();

        Assert.Equal(expected, Service.ChangeParcours(signUp.Id, newParcoursId).Outcome);
        Assert.Equal(before, Service.All());
    }

    [Fact]
    public void Changing_an_unknown_sign_up_is_NotFound()
    {
        Assert.Equal(SignUpOutcome.NotFound, Service.ChangeParcours("nope", Emergence).Outcome);
    }

    [Theory]
    [InlineData("test:user-1", "autre@exemple.fr")]
    [InlineData("test:user-9", "PERSONNE1@Exemple.FR")]
    [InlineData("test:user-9", " personne1@exemple.fr ")]
    public void One_sign_up_per_person_by_channel_user_or_email_in_any_case(string userKey, string email)
    {
        var existing = SignUp(1).SignUp!;

        foreach (var attempt in new[]
        {
            Service.SignUp(Attractivite, Person(9, email), userKey, ConsentAt),
            Service.JoinWaitingList(Attractivite, Person(9, email), userKey, ConsentAt),
        })
        {
            Assert.Equal(new SignUpResult(SignUpOutcome.AlreadySignedUp, existing), attempt);
        }

        Assert.Equal(existing, Service.Find(userKey, email));
        Assert.Single(Service.All());
    }

    [Fact]
    public void An_unknown_parcours_is_refused()
    {
        Assert.Equal(SignUpOutcome.UnknownParcours, SignUp(1, "parcours-inconnu").Outcome);
        Assert.Equal(SignUpOutcome.UnknownParcours, Wait(1, "parcours-inconnu").Outcome);
        Assert.Empty(Service.All());
    }

    [Fact]
    public void Personal_data_are_found_by_channel_user_or_email()
    {
        var signUp = SignUp(1).SignUp!;
        SignUp(2);

        Assert.Equal([signUp], Service.PersonalData(UserKey(1), null));
        Assert.Equal([signUp], Service.PersonalData("web:someone-else", "Personne1@exemple.fr"));
        Assert.Equal([signUp], Service.PersonalData(UserKey(1), "personne1@exemple.fr"));
        Assert.Empty(Service.PersonalData("web:someone-else", null));
    }

    [Fact]
    public async Task Deleting_personal_data_erases_the_sign_up_and_the_bot_state_and_promotes_the_next()
    {
        var storage = new LiteDbStorage(_bed.Database);
        await storage.WriteAsync(new Dictionary<string, object>
        {
            ["test/users/user-1"] = new Dictionary<string, object> { ["name"] = "Prénom1" },
            ["test/conversations/conversation-1"] = new Dictionary<string, object> { ["step"] = "summary" },
            ["test/users/user-2"] = new Dictionary<string, object> { ["name"] = "Prénom2" },
        });
        SignUp(1, Attractivite);
        Wait(2, Attractivite);

        var removed = Service.DeletePersonalData(UserKey(1), "PERSONNE1@exemple.fr", "conversation-1");

        Assert.Equal(1, removed);
        Assert.Empty(Service.PersonalData(UserKey(1), "personne1@exemple.fr"));
        Assert.Equal(SignUpStatus.Confirmed, Service.Find(UserKey(2), null)!.Status);
        var left = await storage.ReadAsync(["test/users/user-1", "test/conversations/conversation-1", "test/users/user-2"]);
        Assert.Equal(["test/users/user-2"], left.Keys);
    }

    [Fact]
    public void Deleting_by_email_reaches_a_sign_up_made_from_another_channel()
    {
        SignUp(1);

        Assert.Equal(1, Service.DeletePersonalData("web:other", "personne1@EXEMPLE.fr"));
        Assert.Empty(Service.All());
        Assert.Equal(0, Service.DeletePersonalData("web:other", null));
    }

    [Theory]
    [InlineData("test:user-1", null, new[] { "test/users/user-1" })]
    [InlineData("msteams:29:1abc", "a:b", new[] { "msteams/users/29:1abc", "msteams/conversations/a:b" })]
    [InlineData("no-channel", "c", new string[0])]
    public void State_keys_follow_the_Bot_Framework_state_keys(string userKey, string? conversationId, string[] expected)
    {
        Assert.Equal(expected, LiteDbSignUpService.StateKeys(userKey, conversationId));
    }

    [Fact]
    public void Confirmed_gives_the_confirmed_sign_ups_and_not_those_waiting()
    {
        SignUp(1, Attractivite);
        SignUp(2);
        Wait(3, Attractivite);

        Assert.Equal([UserKey(1), UserKey(2)], Service.Confirmed().Select(signUp => signUp.UserKey).Order());
        Assert.Equal(3, Service.All().Count);
    }

    [Fact]
    public void Confirmed_since_a_mark_gives_the_new_confirmations_until_anything_else_changes()
    {
        var first = Service.ConfirmedSince(null);
        Assert.Null(first.Confirmed);

        SignUp(1, Attractivite);
        SignUp(2);
        Wait(3, Attractivite);
        var second = Service.ConfirmedSince(first.Mark);
        Assert.Equal([UserKey(1), UserKey(2)], second.Confirmed!.Select(signUp => signUp.UserKey));
        Assert.Empty(Service.ConfirmedSince(second.Mark).Confirmed!);

        SignUp(4);
        var third = Service.ConfirmedSince(second.Mark);
        Assert.Equal([UserKey(4)], third.Confirmed!.Select(signUp => signUp.UserKey));

        // A cancellation (which promotes the person waiting) is no addition: the caller must read everything again.
        Service.Cancel(Service.Find(UserKey(1), null)!.Id);
        var fourth = Service.ConfirmedSince(third.Mark);
        Assert.Null(fourth.Confirmed);
        Assert.Empty(Service.ConfirmedSince(fourth.Mark).Confirmed!);

        // A mark from before a restart means nothing to the new service.
        _bed.Reopen();
        Assert.Null(_bed.Service.ConfirmedSince(fourth.Mark).Confirmed);
    }

    [Fact]
    public void Who_is_signed_up_follows_every_change_and_a_restart()
    {
        var first = SignUp(1).SignUp!;
        Assert.Equal(first, Service.Find(UserKey(1), null));
        Assert.Equal(first, Service.Find(null, Person(1).Email.ToUpperInvariant()));
        Assert.Null(Service.Find(UserKey(2), Person(2).Email));

        Service.Cancel(first.Id);
        Assert.Null(Service.Find(UserKey(1), Person(1).Email));
        var again = SignUp(1);
        Assert.Equal(SignUpOutcome.Confirmed, again.Outcome);

        Service.DeletePersonalData(UserKey(1), Person(1).Email);
        Assert.Null(Service.Find(UserKey(1), Person(1).Email));
        Assert.Equal(SignUpOutcome.Confirmed, SignUp(1).Outcome);

        _bed.Reopen();
        Assert.NotNull(_bed.Service.Find(UserKey(1), null));
        Assert.Equal(SignUpOutcome.AlreadySignedUp, SignUp(1).Outcome);
        Assert.Equal(SignUpOutcome.AlreadySignedUp, _bed.Service.SignUp(Emergence, Person(9, Person(1).Email), UserKey(9), ConsentAt).Outcome);
    }

    [Fact]
    public void Sign_ups_survive_a_restart_on_the_same_file()
    {
        var confirmed = SignUp(1, Attractivite).SignUp!;
        var waiting = Wait(2, Attractivite);

        _bed.Reopen();

        Assert.Equal(confirmed, _bed.Service.Find(UserKey(1), null));
        Assert.Equal(waiting.SignUp, _bed.Service.Find(null, Person(2).Email));
        Assert.Equal(2, Wait(3, Attractivite).WaitingPosition);
        Assert.Equal(0, _bed.Service.PlacesLeft(Attractivite));
        // The order of sign-ups goes on from the file's: the newcomer comes after both.
        Assert.Equal([Person(1).Email, Person(2).Email, Person(3).Email], _bed.Service.All().Select(signUp => signUp.Participant.Email));
    }

    [Fact]
    public void Places_left_after_any_mix_of_changes_are_those_counted_in_the_file()
    {
        using var bed = new SignUpTestBed(new Dictionary<string, int> { [Emergence] = 3, [Attractivite] = 2 });
        string[] parcours = [Emergence, Attractivite, "lieu-totem"];
        var random = new Random(6);
        for (var step = 0; step < 300; step++)
        {
            var person = random.Next(1, 25);
            var target = parcours[random.Next(parcours.Length)];
            var existing = bed.Service.Find(UserKey(person), null);
            switch (random.Next(5))
            {
                case 0:
                    bed.Service.SignUp(target, Person(person), UserKey(person), ConsentAt);
                    break;
                case 1:
                    bed.Service.JoinWaitingList(target, Person(person), UserKey(person), ConsentAt);
                    break;
                case 2 when existing is not null:
                    bed.Service.Cancel(existing.Id);
                    break;
                case 3 when existing is not null:
                    bed.Service.ChangeParcours(existing.Id, target);
                    break;
                case 4:
                    bed.Service.DeletePersonalData(UserKey(person), Person(person).Email);
                    break;
            }
        }

        var counted = parcours.ToDictionary(id => id, bed.Service.PlacesLeft);
        var confirmed = bed.Service.All().Where(signUp => signUp.Status == SignUpStatus.Confirmed).ToList();
        Assert.All(parcours, id => Assert.Equal(
            bed.Options.CapacityOf(id) - confirmed.Count(signUp => signUp.ParcoursId == id),
            counted[id]));

        bed.Reopen();
        Assert.Equal(counted, parcours.ToDictionary(id => id, bed.Service.PlacesLeft));
    }

    [Fact]
    public void Two_hundred_racing_for_the_last_ten_places_never_exceed_capacity_and_the_losers_wait_in_order()
    {
        using var bed = new SignUpTestBed(new Dictionary<string, int> { [Emergence] = 15 });
        for (var person = 1000; person < 1005; person++)
        {
            bed.Service.SignUp(Emergence, Person(person), UserKey(person), ConsentAt);
        }

        var people = Enumerable.Range(1, 200).ToArray();
        var results = new SignUpResult[people.Length];
        Parallel.For(0, people.Length, new ParallelOptions { MaxDegreeOfParallelism = 32 }, i =>
            results[i] = bed.Service.SignUp(Emergence, Person(people[i]), UserKey(people[i]), ConsentAt));

        Assert.Equal(10, results.Count(result => result.Outcome == SignUpOutcome.Confirmed));
        Assert.Equal(190, results.Count(result => result.Outcome == SignUpOutcome.Full));
        Assert.Equal(0, bed.Service.PlacesLeft(Emergence));

        var losers = people.Where((_, i) => results[i].Outcome == SignUpOutcome.Full).ToArray();
        var waiting = new SignUpResult[losers.Length];
        Parallel.For(0, losers.Length, new ParallelOptions { MaxDegreeOfParallelism = 32 }, i =>
            waiting[i] = bed.Service.JoinWaitingList(Emergence, Person(losers[i]), UserKey(losers[i]), ConsentAt));

        Assert.All(waiting, result => Assert.Equal(SignUpOutcome.Waiting, result.Outcome));
        Assert.Equal(Enumerable.Range(1, 190), waiting.Select(result => result.WaitingPosition!.Value).Order());
        Assert.Equal(15, bed.Service.All().Count(signUp => signUp.Status == SignUpStatus.Confirmed));
    }
}
