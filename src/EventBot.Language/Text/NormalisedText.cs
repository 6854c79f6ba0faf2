namespace EventBot.Language.Text;

/// <summary>A message after <see cref="FrenchNormaliser"/>: the tokens and their space-joined form.</summary>
public sealed record NormalisedText(string Text, IReadOnlyList<string> Tokens);
