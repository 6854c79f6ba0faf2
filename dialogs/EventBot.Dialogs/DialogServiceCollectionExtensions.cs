using EventBot.Dialogs.Evenements;
using EventBot.Dialogs.Framework;
using EventBot.Dialogs.Inscription;
using EventBot.Dialogs.Intervenant;
using EventBot.Dialogs.Lieu;
using EventBot.Dialogs.Main;
using EventBot.Dialogs.Organisateurs;
using EventBot.Dialogs.Parcours;
using EventBot.Dialogs.Programme;
using EventBot.Dialogs.Rappels;
using EventBot.Dialogs.Ressource;
using EventBot.Language.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EventBot.Dialogs;

public static class DialogServiceCollectionExtensions
{
    /// <summary>
    /// The conversation and its dialogs. Needs an <see cref="Domain.Store.IEventDataProvider"/>,
    /// ConversationState, an <see cref="Domain.SignUps.ISignUpService"/>, an <see cref="Domain.Reminders.IReminderStore"/>
    /// with its options, <see cref="IOrganisers"/>, <see cref="IChatAnnouncements"/>, <see cref="Domain.Insight.IUnansweredQuestions"/> and a TimeProvider from the host.
    /// </summary>
    public static IServiceCollection AddEventBotDialogs(this IServiceCollection services)
    {
        services.AddSingleton<EventKnowledge>();
        services.AddSingleton<ParcoursAdvisor>();
        services.AddSingleton<MainRouter>();
        services.AddSingleton<ReminderNotices>();
        services.AddSingleton(new ChoiceRecognizer(text => FrenchNormaliser.Normalise(text).Text));
        services.AddSingleton(sp =>
        {
            var knowledge = sp.GetRequiredService<EventKnowledge>();
            Func<Domain.Model.EventData> data = () => knowledge.Data;
            return new DialogSet(
            [
                new ChoicePrompt(sp.GetRequiredService<ChoiceRecognizer>()),
                new ProgrammeDialog(data),
                new ParcoursDialog(data, sp.GetRequiredService<ParcoursAdvisor>()),
                new LieuDialog(data),
                new IntervenantDialog(data),
                new RessourceDialog(data),
                new EvenementDialog(data),
                new SignUpDialog(data, sp.GetRequiredService<Domain.SignUps.ISignUpService>(), sp.GetRequiredService<ChoiceRecognizer>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ReminderNotices>()),
                new MySignUpDialog(data, sp.GetRequiredService<Domain.SignUps.ISignUpService>()),
                new ReminderDialog(
                    data,
                    sp.GetRequiredService<Domain.Reminders.IReminderStore>(),
                    sp.GetRequiredService<Domain.SignUps.ISignUpService>(),
                    sp.GetRequiredService<IOptions<Domain.Reminders.ReminderOptions>>()),
                new OrganiserDialog(
                    knowledge,
                    sp.GetRequiredService<Domain.SignUps.ISignUpService>(),
                    sp.GetRequiredService<IOrganisers>(),
                    sp.GetRequiredService<IChatAnnouncements>()),
            ]);
        });
        services.AddSingleton<IConversation, EventBotConversation>();
        return services;
    }
}
