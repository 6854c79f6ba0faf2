using EventBot.Dialogs;
using EventBot.Dialogs.Organisateurs;
using EventBot.Domain.Reminders;
using EventBot.Domain.Insight;
using EventBot.Domain.Seeds;
using EventBot.Domain.SignUps;
using EventBot.Domain.Store;
using EventBot.Storage;
using EventBot.Storage.Insight;
using EventBot.Storage.Outreach;
using EventBot.Storage.Reminders;
using EventBot.Storage.SignUps;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EventBot.Dialogs.Tests;

/// <summary>
/// The real conversation, dialogs and seed data behind Bot.Builder's TestAdapter, with state kept
/// in memory and saved after each turn as the host does.
/// </summary>
public sealed class BotHarness
{
    /// <summary>During the Pop-Up day: Wednesday 16 October 2019, 10:00 in Lille.</summary>
    public static readonly DateTimeOffset PopUpMorning = new(2019, 10, 16, 10, 0, 0, TimeSpan.FromHours(2));

    private static readonly Lazy<EventDataStore> Store = new(() => new EventDataStore(EventDataLoader.Load(SeedsPath())));

    /// <summary>The channel user id of the organiser the transcripts speak as with <c>@user</c>.</summary>
    public const string Organiser = "organisatrice";

    public ServiceProvider Services { get; }
    public TestAdapter Adapter { get; }
    public EventDataStore Data { get; }

    /// <param name="storage">The conversation state's storage; in memory unless given.</param>
    /// <param name="capacities">Places per parcours id for this bot's sign-ups (30 each otherwise).</param>
    /// <param name="data">This bot's own event data (a live update); the seeds, shared by every bot, otherwise.</param>
    public BotHarness(IStorage? storage = null, Dictionary<string, int>? capacities = null, EventDataStore? data = null)
    {
        Data = data ?? Store.Value;
        var services = new ServiceCollection();
        var conversationState = new ConversationState(storage ?? new MemoryStorage());
        services.AddSingleton(conversationState);
        services.AddSingleton<IEventDataProvider>(Data);
        services.AddSingleton(TimeProvider.System);

        // Sign-ups go to a real LiteDB file of this bot's own.
        var databaseFolder = Path.Combine(Path.GetTempPath(), "eventbot-dialog-tests", Guid.NewGuid().ToString("N"));
        services.AddSingleton(new EventBotDatabase($"Filename={Path.Combine(databaseFolder, "eventbot.db")};Connection=direct", databaseFolder));
        services.AddSingleton(Options.Create(new SignUpOptions { Capacities = capacities ?? [] }));
        services.AddSingleton<LiteDbConversationReferences>();
        services.AddSingleton<ISignUpService, LiteDbSignUpService>();
        services.AddSingleton<IUnansweredQuestions, LiteDbUnansweredQuestions>();
        services.AddSingleton<IReminderStore, LiteDbReminderStore>();
        services.AddSingleton(Options.Create(new ReminderOptions()));
        services.AddSingleton<IOrganisers>(new ListedOrganisers([Organiser]));
        services.AddSingleton<RecordingAnnouncements>();
        services.AddSingleton<IChatAnnouncements>(sp => sp.GetRequiredService<RecordingAnnouncements>());
        services.AddEventBotDialogs();
        Services = services.BuildServiceProvider();
        Adapter = new TestAdapter(TestAdapter.CreateConversation("dialogs", "user", "eventbot"));
        Adapter.Locale = "fr-FR";
        Adapter.Use(new AutoSaveStateMiddleware(conversationState));
    }

    /// <summary>Runs the conversation for one turn, as the host's ActivityHandler does.</summary>
    public Task Bot(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var conversation = Services.GetRequiredService<IConversation>();
        return turnContext.Activity.Type == ActivityTypes.ConversationUpdate
            ? conversation.OnWelcomeAsync(turnContext, cancellationToken)
            : conversation.OnMessageAsync(turnContext, cancellationToken);
    }

    /// <summary>Sends a message at the given local time and returns every reply of the turn.</summary>
    /// <param name="userId">Who speaks (from.id); the conversation's user unless given.</param>
    public async Task<IReadOnlyList<IMessageActivity>> AskAsync(string text, DateTimeOffset? localTime = null, string? userId = null)
    {
        var activity = MessageFactory.Text(text);
        activity.LocalTimestamp = localTime ?? PopUpMorning;
        if (userId is not null)
        {
            activity.From = new ChannelAccount(userId, userId);
        }

        return await SendAsync((Activity)activity);
    }

    public async Task<IReadOnlyList<IMessageActivity>> SendAsync(Activity activity)
    {
        // Replies of earlier turns are consumed, so each call returns only its own.
        while (Adapter.ActiveQueue.Count > 0)
        {
            Adapter.GetNextReply();
        }

        // TestAdapter stamps its own conversation on every activity: one that names another conversation is run in that
        // one, so that several people (BotHarness.From) each keep a conversation state of their own.
        var usual = Adapter.Conversation;
        if (activity.Conversation?.Id is { } id && id != usual.Conversation.Id)
        {
            Adapter.Conversation = new ConversationReference
            {
                ChannelId = usual.ChannelId,
                ServiceUrl = usual.ServiceUrl,
                User = activity.From ?? usual.User,
                Bot = usual.Bot,
                // The conversation's kind (personal, group chat, channel) is the adapter's unless the activity says otherwise.
                Conversation = new ConversationAccount(
                    id: id,
                    conversationType: activity.Conversation.ConversationType ?? usual.Conversation.ConversationType,
                    tenantId: activity.Conversation.TenantId ?? usual.Conversation.TenantId),
            };
        }

        try
        {
            await Adapter.ProcessActivityAsync(activity, Bot, CancellationToken.None);
        }
        finally
        {
            Adapter.Conversation = usual;
        }
        var replies = new List<IMessageActivity>();
        while (Adapter.GetNextReply() is IMessageActivity reply)
        {
            replies.Add(reply);
        }

        return replies;
    }

    /// <summary>Everything the user reads in the replies: texts, as one string.</summary>
    public static string TextOf(IEnumerable<IMessageActivity> replies) => string.Join("\n", replies.Select(r => r.Text));

    /// <summary>What the bot answers <paramref name="text"/> from <paramref name="userId"/> (<see cref="From"/>), as one string.</summary>
    public async Task<string> ReplyToAsync(string userId, string text) => TextOf(await SendAsync(From(userId, text)));

    /// <summary>A message from one of several people, each in a conversation of their own, on the Pop-Up's morning.</summary>
    public static Activity From(string userId, string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = new ChannelAccount(userId),
        Recipient = new ChannelAccount("eventbot"),
        Conversation = new ConversationAccount(id: $"conversation-{userId}"),
        ChannelId = "test",
        LocalTimestamp = PopUpMorning,
    };

    public static string SeedsPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EventBot.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("EventBot.sln not found above the tests."), "seeds", "event.json");
    }
}
