using EventBot.Dialogs;

namespace EventBot.Extensions;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// The one place where the conversation behind the bot is registered. The host only needs an
    /// <see cref="IConversation"/>; the dialogs layer's own registration takes this method's place.
    /// </summary>
    public static IServiceCollection AddEventBotConversation(this IServiceCollection services) =>
        services.AddTransient<IConversation, EventBotConversation>();
}
