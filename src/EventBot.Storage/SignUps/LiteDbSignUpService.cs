using System.Globalization;
using EventBot.Domain.SignUps;
using EventBot.Domain.Store;
using EventBot.Storage.Outreach;
using EventBot.Storage.Reminders;
using LiteDB;
using Microsoft.Extensions.Options;
using static EventBot.Storage.SignUps.SignUpDocuments;

namespace EventBot.Storage.SignUps;

/// <summary>
/// Sign-ups and waiting lists in the <c>signups</c> collection of the bot's LiteDB file.
/// </summary>
/// <remarks>
/// Every change runs in one transaction under the database's write gate, so that the count of places and the write
/// that takes one cannot interleave with another caller's. A result returned here is in the operating system and
/// survives the process being killed; with <see cref="StorageOptions.WaitForDisk"/>, the change waits, out of the gate,
/// for its commit to be flushed to disk, and survives the machine stopping too. Storage failures come out as
/// <see cref="StorageUnavailableException"/>.
/// Every change of status goes through this service (one per database: a singleton in the host), which keeps the
/// count of confirmed places per parcours.
/// </remarks>
public sealed class LiteDbSignUpService(
    EventBotDatabase database,
    IEventDataProvider eventData,
    IOptions<SignUpOptions> options,
    TimeProvider clock,
    LiteDbConversationReferences references) : ISignUpService
{
    private static readonly string ConfirmedStatus = nameof(SignUpStatus.Confirmed);
    private static readonly string WaitingStatus = nameof(SignUpStatus.Waiting);

    /// <summary>Whether the write under way promoted someone (writes hold the database's gate, one at a time).</summary>
    private bool promotedInThisWrite;

    /// <summary>
    /// Confirmed sign-ups per parcours as committed: counted in the file once, then moved by each committed change.
    /// LiteDB counts by loading every sign-up of the parcours, which made each sign-up slower than the one before.
    /// Replaced whole at each commit, so that a reader outside the gate sees one committed state; null until first needed.
    /// </summary>
    private volatile IReadOnlyDictionary<string, int>? confirmedCounts;

    /// <summary>How the write under way changes <see cref="confirmedCounts"/>, applied only once it commits.</summary>
    private readonly Dictionary<string, int> confirmedChanges = new(StringComparer.Ordinal);

    /// <summary>
    /// The highest sequence number given (read from the file at the first write, then kept here under the gate): one
    /// index fewer for every sign-up to update. A write rolled back leaves a gap, which orders nothing differently.
    /// </summary>
    private long? lastSequence;

    /// <summary>Who has a sign-up, as committed (read from the file at first need); null until then.</summary>
    private volatile SignedUpKeys? signedUpKeys;

    /// <summary>The sign-ups the write under way adds and removes, for <see cref="signedUpKeys"/> once it commits.</summary>
    private readonly List<BsonDocument> signUpsAdded = [];
    private readonly List<BsonDocument> signUpsRemoved = [];

    /// <summary>Whether the write under way changes sign-ups otherwise than by adding some (see <see cref="ConfirmedSince"/>).</summary>
    private bool otherChangeInThisWrite;

    /// <summary>
    /// The sign-ups confirmed by the last writes, with the mark of their write, for <see cref="ConfirmedSince"/>: at most
    /// <see cref="MaxRecentConfirmations"/>, and none that the caller has already seen. Trimmed under its own lock.
    /// </summary>
    private readonly Queue<(long Mark, SignUp SignUp)> recentConfirmations = new();

    /// <summary>Enough for the confirmations of several reminders' rounds at the busiest.</summary>
    internal const int MaxRecentConfirmations = 20_000;

    /// <summary>The mark of the last committed write, published once <see cref="recentConfirmations"/> holds its sign-ups.</summary>
    private long writeMark;

    /// <summary>The mark of the last write that changed sign-ups otherwise than by adding some.</summary>
    private long otherChangeMark;

    /// <summary>The highest mark whose confirmations were let go of.</summary>
    private long forgottenMark;

    public SignUpResult SignUp(string parcoursId, Participant participant, string userKey, DateTimeOffset consentAt) =>
        Place(parcoursId, participant, userKey, consentAt, waitIfFull: false);

    public SignUpResult JoinWaitingList(string parcoursId, Participant participant, string userKey, DateTimeOffset consentAt) =>
        Place(parcoursId, participant, userKey, consentAt, waitIfFull: true);

    public SignUpResult ChangeParcours(string signUpId, string newParcoursId)
    {
        ArgumentNullException.ThrowIfNull(signUpId);
        ArgumentNullException.ThrowIfNull(newParcoursId);
        if (!IsKnownParcours(newParcoursId))
        {
            return new SignUpResult(SignUpOutcome.UnknownParcours);
        }

        return Write(signUps =>
        {
            if (signUps.FindById(signUpId) is not { } document)
            {
                return new SignUpResult(SignUpOutcome.NotFound);
            }

            var oldParcoursId = document[ParcoursId].AsString;
            if (oldParcoursId == newParcoursId)
            {
                return new SignUpResult(SignUpOutcome.AlreadySignedUp, ToSignUp(document));
            }

            if (PlacesLeftInWrite(newParcoursId) == 0)
            {
                return new SignUpResult(SignUpOutcome.Full, ToSignUp(document));
            }

            var wasConfirmed = document[Status].AsString == ConfirmedStatus;
            otherChangeInThisWrite = true;
            document[ParcoursId] = newParcoursId;
            document[Status] = ConfirmedStatus;
            signUps.Update(document);
            CountConfirmed(newParcoursId, 1);
            if (wasConfirmed)
            {
                CountConfirmed(oldParcoursId, -1);
                PromoteFirstWaiting(signUps, oldParcoursId);
            }

            return new SignUpResult(SignUpOutcome.Confirmed, ToSignUp(document));
        });
    }

    public SignUp? Cancel(string signUpId)
    {
        ArgumentNullException.ThrowIfNull(signUpId);
        return Write(signUps =>
        {
            if (signUps.FindById(signUpId) is not { } document)
            {
                return null;
            }

            signUps.Delete(signUpId);
            signUpsRemoved.Add(document);
            otherChangeInThisWrite = true;
            if (document[Status].AsString != ConfirmedStatus)
            {
                return null;
            }

            CountConfirmed(document[ParcoursId].AsString, -1);
            return PromoteFirstWaiting(signUps, document[ParcoursId].AsString);
        });
    }

    public SignUp? Find(string? userKey, string? email)
    {
        var keys = SignedUp();
        return keys.MayHave(userKey, email)
            ? Read(signUps => FindExisting(keys, signUps, userKey, email) is { } document ? ToSignUp(document) : null)
            : null;
    }

    public int PlacesLeft(string parcoursId)
    {
        ArgumentNullException.ThrowIfNull(parcoursId);
        return PlacesLeft(ConfirmedCounts(), parcoursId, 0);
    }

    public IReadOnlyList<SignUp> TakeUnseenPromotions(string userKey)
    {
        ArgumentNullException.ThrowIfNull(userKey);

        // Asked at every message: the common answer, none, costs no query at all while nobody was promoted since the
        // last time nobody had an untold promotion.
        if (!database.UntoldPromotions.MayBeUntold(out var generation))
        {
            return [];
        }

        if (!Read(signUps => signUps.Exists(BsonExpression.Create($"$.{PromotionSeen} = false"))))
        {
            database.UntoldPromotions.AllTold(generation);
            return [];
        }

        var keys = SignedUp();
        List<BsonDocument> Unseen(ILiteCollection<BsonDocument> signUps) =>
            [.. Owned(keys, signUps, userKey, null).Where(document => !document[PromotionSeen].AsBoolean)];
        if (Read(Unseen).Count == 0)
        {
            return [];
        }

        return Write(signUps =>
        {
            var promoted = Unseen(signUps);
            foreach (var document in promoted)
            {
                document[PromotionSeen] = true;
                signUps.Update(document);
            }

            return promoted.Select(ToSignUp).ToList();
        });
    }

    public IReadOnlyList<SignUp> PersonalData(string userKey, string? email)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        var keys = SignedUp();
        return Read(signUps => Owned(keys, signUps, userKey, email).Select(ToSignUp).ToList());
    }

    public int DeletePersonalData(string userKey, string? email, string? conversationId = null)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        return Write(signUps =>
        {
            var owned = Owned(signedUpKeys!, signUps, userKey, email).ToList();
            foreach (var document in owned)
            {
                signUps.Delete(document["_id"]);
                signUpsRemoved.Add(document);
                otherChangeInThisWrite = true;
            }

            foreach (var freed in owned.Where(document => document[Status].AsString == ConfirmedStatus))
            {
                CountConfirmed(freed[ParcoursId].AsString, -1);
                PromoteFirstWaiting(signUps, freed[ParcoursId].AsString);
            }

            LiteDbReminderStore.DeleteFor(database.Database, userKey);
            var state = database.Database.GetCollection(LiteDbStorage.Collection);
            foreach (var key in StateKeys(userKey, conversationId))
            {
                state.Delete(key);
            }

            // Without its conversation reference the bot cannot write to the person first any more.
            references.DeleteWithin(database.Database, userKey);
            LiteDbOutbox.DeleteFor(database.Database, userKey);

            return owned.Count;
        });
    }

    public IReadOnlyList<SignUp> All() =>
        Read(signUps => signUps.Query().OrderBy(Sequence).ToEnumerable().Select(ToSignUp).ToList());

    public SignUpChanges ConfirmedSince(long? mark)
    {
        var now = Volatile.Read(ref writeMark);
        if (mark is not { } seen || seen > now || Volatile.Read(ref otherChangeMark) > seen)
        {
            return new SignUpChanges(null, now);
        }

        lock (recentConfirmations)
        {
            // The caller has seen these: let them go.
            while (recentConfirmations.TryPeek(out var head) && head.Mark <= seen)
            {
                recentConfirmations.Dequeue();
                forgottenMark = Math.Max(forgottenMark, head.Mark);
            }

            if (forgottenMark > seen)
            {
                return new SignUpChanges(null, now);
            }

            return new SignUpChanges([.. recentConfirmations.Where(entry => entry.Mark <= now).Select(entry => entry.SignUp)], now);
        }
    }

    public IReadOnlyList<SignUp> Confirmed() =>
        Read(signUps => signUps.Find(Queries.Equal(Status, ConfirmedStatus)).Select(ToSignUp).ToList());

    /// <summary>
    /// The Bot Framework state keys of a user key <c>channelId:userId</c>: UserState's <c>{channelId}/users/{userId}</c>
    /// and, when given, ConversationState's <c>{channelId}/conversations/{conversationId}</c>. Channel ids hold no colon;
    /// user ids may (Teams), hence the first one splits.
    /// </summary>
    internal static IEnumerable<string> StateKeys(string userKey, string? conversationId)
    {
        var colon = userKey.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            yield break;
        }

        var channelId = userKey[..colon];
        yield return $"{channelId}/users/{userKey[(colon + 1)..]}";
        if (!string.IsNullOrEmpty(conversationId))
        {
            yield return $"{channelId}/conversations/{conversationId}";
        }
    }

    private SignUpResult Place(string parcoursId, Participant participant, string userKey, DateTimeOffset consentAt, bool waitIfFull)
    {
        ArgumentNullException.ThrowIfNull(parcoursId);
        ArgumentNullException.ThrowIfNull(userKey);
        Validate(participant);
        if (!IsKnownParcours(parcoursId))
        {
            return new SignUpResult(SignUpOutcome.UnknownParcours);
        }

        return Write(signUps =>
        {
            if (FindExisting(signedUpKeys!, signUps, userKey, participant.Email) is { } existing)
            {
                return new SignUpResult(SignUpOutcome.AlreadySignedUp, ToSignUp(existing));
            }

            var hasRoom = PlacesLeftInWrite(parcoursId) > 0;
            if (!hasRoom && !waitIfFull)
            {
                return new SignUpResult(SignUpOutcome.Full);
            }

            if (hasRoom)
            {
                CountConfirmed(parcoursId, 1);
            }

            var signUp = new SignUp(
                Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture),
                parcoursId,
                participant,
                userKey,
                hasRoom ? SignUpStatus.Confirmed : SignUpStatus.Waiting,
                ToStoredPrecision(clock.GetUtcNow()),
                ToStoredPrecision(consentAt));
            var sequence = lastSequence!.Value + 1;
            lastSequence = sequence;
            var document = ToDocument(signUp, sequence);
            signUps.Insert(document);
            signUpsAdded.Add(document);

            return hasRoom
                ? new SignUpResult(SignUpOutcome.Confirmed, signUp)
                : new SignUpResult(SignUpOutcome.Waiting, signUp, WaitingPosition(signUps, parcoursId, sequence));
        });
    }

    private static void Validate(Participant participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        if (participant.FirstName.Length > Participant.MaxNameLength
            || participant.LastName.Length > Participant.MaxNameLength
            || participant.Organisation.Length > Participant.MaxOrganisationLength
            || participant.Email.Length > Participant.MaxEmailLength)
        {
            throw new ArgumentException("A name, organisation or e-mail is longer than Participant allows.", nameof(participant));
        }

        if (string.IsNullOrWhiteSpace(participant.Email))
        {
            throw new ArgumentException("A participant needs an e-mail: it is what makes one sign-up per person.", nameof(participant));
        }
    }

    private bool IsKnownParcours(string parcoursId) => eventData.Current.Parcours.Any(parcours => parcours.Id == parcoursId);

    /// <summary>Places left as the write under way sees them (its own changes included).</summary>
    private int PlacesLeftInWrite(string parcoursId) =>
        PlacesLeft(confirmedCounts!, parcoursId, confirmedChanges.GetValueOrDefault(parcoursId));

    private int PlacesLeft(IReadOnlyDictionary<string, int> counts, string parcoursId, int change) =>
        Math.Max(0, options.Value.CapacityOf(parcoursId) - counts.GetValueOrDefault(parcoursId) - change);

    private SignedUpKeys SignedUp() =>
        signedUpKeys ?? Read(signUps =>
        {
            // Read under the gate: no change can commit between the read and its keeping.
            using (database.WriteGate.Enter())
            {
                return signedUpKeys ??= SignedUpKeys.ReadFrom(signUps);
            }
        });

    private IReadOnlyDictionary<string, int> ConfirmedCounts() =>
        confirmedCounts ?? Read(signUps =>
        {
            // Counted under the gate: no change can commit between the count and its keeping.
            using (database.WriteGate.Enter())
            {
                return confirmedCounts ??= CountConfirmedInFile(signUps);
            }
        });

    /// <summary>Records, for the write under way, a place taken (+1) or freed (-1) in a parcours.</summary>
    private void CountConfirmed(string parcoursId, int change) =>
        confirmedChanges[parcoursId] = confirmedChanges.GetValueOrDefault(parcoursId) + change;

    private static Dictionary<string, int> CountConfirmedInFile(ILiteCollection<BsonDocument> signUps) =>
        signUps.Find(Queries.Equal(Status, ConfirmedStatus))
            .GroupBy(document => document[ParcoursId].AsString, StringComparer.Ordinal)
            .ToDictionary(parcours => parcours.Key, parcours => parcours.Count(), StringComparer.Ordinal);

    /// <summary>Gives a freed place to the first person waiting (if the parcours has room); they are told at their next message.</summary>
    private SignUp? PromoteFirstWaiting(ILiteCollection<BsonDocument> signUps, string parcoursId)
    {
        if (PlacesLeftInWrite(parcoursId) == 0
            || signUps.Find(InParcours(parcoursId, WaitingStatus)).MinBy(document => document[Sequence].AsInt64) is not { } first)
        {
            return null;
        }

        first[Status] = ConfirmedStatus;
        first[PromotedAt] = ToStoredPrecision(clock.GetUtcNow()).UtcDateTime;
        first[PromotionSeen] = false;
        signUps.Update(first);
        CountConfirmed(parcoursId, 1);
        promotedInThisWrite = true;
        otherChangeInThisWrite = true;
        return ToSignUp(first);
    }

    /// <summary>The first sign-up of the user key, else of the e-mail.</summary>
    private static BsonDocument? FindExisting(SignedUpKeys keys, ILiteCollection<BsonDocument> signUps, string? userKey, string? email) =>
        Owned(keys, signUps, userKey, email).FirstOrDefault();

    /// <summary>The sign-ups of the user key, then of the e-mail, as this transaction sees them.</summary>
    private static IEnumerable<BsonDocument> Owned(SignedUpKeys keys, ILiteCollection<BsonDocument> signUps, string? userKey, string? email) =>
        keys.IdsOf(userKey, email).Select(id => signUps.FindById(id)).OfType<BsonDocument>();

    private static long LastSequenceInFile(ILiteCollection<BsonDocument> signUps) =>
        signUps.FindAll().Select(document => document[Sequence].AsInt64).DefaultIfEmpty(0).Max();

    private static int WaitingPosition(ILiteCollection<BsonDocument> signUps, string parcoursId, long sequence) =>
        signUps.Count(BsonExpression.Create($"$.{ParcoursId} = @0 AND $.{Status} = @1 AND $.{Sequence} <= @2", parcoursId, WaitingStatus, sequence));

    private static BsonExpression InParcours(string parcoursId, string status) =>
        BsonExpression.Create($"$.{ParcoursId} = @0 AND $.{Status} = @1", parcoursId, status);

    private T Read<T>(Func<ILiteCollection<BsonDocument>, T> work)
    {
        try
        {
            return work(database.Database.GetCollection(Collection));
        }
        catch (Exception error) when (IsStorageFailure(error))
        {
            throw new StorageUnavailableException(error);
        }
    }

    private T Write<T>(Func<ILiteCollection<BsonDocument>, T> work)
    {
        try
        {
            var db = database.Database;
            database.EnsureRoomToWrite();
            T result;
            long commits;
            using (database.WriteGate.Enter())
            {
                var signUps = db.GetCollection(Collection);
                confirmedCounts ??= CountConfirmedInFile(signUps);
                lastSequence ??= LastSequenceInFile(signUps);
                signedUpKeys ??= SignedUpKeys.ReadFrom(signUps);
                db.BeginTrans();
                try
                {
                    database.RideAlong(db);
                    promotedInThisWrite = false;
                    confirmedChanges.Clear();
                    signUpsAdded.Clear();
                    signUpsRemoved.Clear();
                    otherChangeInThisWrite = false;
                    result = work(signUps);
                    db.Commit();
                    database.RideEnded(committed: true);

                    // Counted once committed: a reader who sees the new count finds the promotion in the database.
                    if (promotedInThisWrite)
                    {
                        database.UntoldPromotions.Promoted();
                    }

                    KeepConfirmedChanges();
                    KeepSignedUpKeys();
                    KeepConfirmations();
                }
                catch
                {
                    db.Rollback();
                    database.RideEnded(committed: false);
                    throw;
                }

                commits = database.CommitsSoFar();
                database.CheckpointIfOthersWait();
            }

            database.WaitUntilOnDisk(commits);
            return result;
        }
        catch (Exception error) when (IsStorageFailure(error))
        {
            throw new StorageUnavailableException(error);
        }
    }

    private void KeepConfirmedChanges()
    {
        if (confirmedChanges.Values.All(change => change == 0))
        {
            return;
        }

        var counts = new Dictionary<string, int>(confirmedCounts!, StringComparer.Ordinal);
        foreach (var (parcoursId, change) in confirmedChanges)
        {
            counts[parcoursId] = counts.GetValueOrDefault(parcoursId) + change;
        }

        confirmedCounts = counts;
    }

    /// <summary>Once a write has committed: its new confirmed sign-ups for <see cref="ConfirmedSince"/>, then its mark.</summary>
    private void KeepConfirmations()
    {
        var mark = writeMark + 1;
        lock (recentConfirmations)
        {
            foreach (var added in signUpsAdded.Where(document => document[Status].AsString == ConfirmedStatus))
            {
                recentConfirmations.Enqueue((mark, ToSignUp(added)));
            }

            while (recentConfirmations.Count > MaxRecentConfirmations)
            {
                forgottenMark = Math.Max(forgottenMark, recentConfirmations.Dequeue().Mark);
            }
        }

        if (otherChangeInThisWrite)
        {
            Volatile.Write(ref otherChangeMark, mark);
        }

        Volatile.Write(ref writeMark, mark);
    }

    private void KeepSignedUpKeys()
    {
        foreach (var removed in signUpsRemoved)
        {
            signedUpKeys!.Remove(removed);
        }

        foreach (var added in signUpsAdded)
        {
            signedUpKeys!.Add(added);
        }
    }

    private static bool IsStorageFailure(Exception error) => error is LiteException or IOException or UnauthorizedAccessException;
}
