namespace EventBot.Language.Organisers;

public enum OrganiserCommandKind
{
    None,
    /// <summary>"Combien d'inscrits ?".</summary>
    Count,
    /// <summary>"Annonce aux inscrits Emergence : la salle a changé", "annonce à tous : …".</summary>
    Announce,
}

/// <summary>
/// An organiser's chat command. For an announcement: <see cref="Audience"/> is what names the recipients as typed
/// ("inscrits Emergence"), null for everyone; <see cref="Message"/> is the text after the colon, kept verbatim.
/// </summary>
public sealed record OrganiserCommand(OrganiserCommandKind Kind, string? Audience = null, string? Message = null)
{
    public static readonly OrganiserCommand None = new(OrganiserCommandKind.None);
}
