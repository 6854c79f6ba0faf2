using EventBot.Dialogs.Organisateurs;
using Microsoft.Extensions.Options;

namespace EventBot.Organisers;

/// <summary>The organisers of the chat commands: <c>EventBot:Organisers:ChatUserIds</c>, read again when configuration changes.</summary>
public sealed class ConfiguredOrganisers(IOptionsMonitor<OrganiserOptions> options) : IOrganisers
{
    public bool IsOrganiser(string? channelUserId) =>
        !string.IsNullOrEmpty(channelUserId) && options.CurrentValue.ChatUserIds.Contains(channelUserId, StringComparer.Ordinal);
}
