namespace EventBot.Domain.Seeds;

/// <summary>One thing wrong with event data: where (JSON path, and line when read from text) and what, in plain words.</summary>
/// <param name="Path">JSON path of the faulty value, e.g. <c>$.parcours[1].sessions[0].placeId</c>.</param>
/// <param name="Message">The problem, e.g. <c>unknown place "nowhere"</c>.</param>
/// <param name="Line">1-based line in the file, when known.</param>
/// <param name="Position">1-based byte position in that line, when known.</param>
public sealed record EventDataProblem(string Path, string Message, long? Line = null, long? Position = null)
{
    public override string ToString() => Line is { } line
        ? $"line {line}, position {Position} ({Path}): {Message}"
        : $"({Path}): {Message}";
}
