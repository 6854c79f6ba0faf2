namespace EventBot.Language.Sources;

/// <summary>
/// One sentence of a source document, as written there, with the document's title and the heading it
/// stands under ("Parcours Lieu totem"): a sentence of a section is about that section's subject.
/// </summary>
public sealed record SourceSentence(string Text, string Document, string? Heading)
{
    /// <summary>The stems of the sentence and of its heading, for matching (see <see cref="Text.FrenchStems"/>).</summary>
    internal IReadOnlySet<string> Stems { get; init; } = new HashSet<string>();

    internal IReadOnlySet<string> HeadingStems { get; init; } = new HashSet<string>();

    /// <summary>The stems of the sentence before it: a list's items follow the sentence that names what they are of.</summary>
    internal IReadOnlySet<string> PreviousStems { get; init; } = new HashSet<string>();
}
