namespace EventBot.Domain.Seeds;

/// <summary>
/// Event data that cannot be used: unreadable JSON or inconsistent content.
/// The message names the source, each problem's JSON path (and line) and what is wrong, so that an organiser can fix it.
/// </summary>
public sealed class EventDataException : Exception
{
    public EventDataException(string source, IReadOnlyList<EventDataProblem> problems, Exception? inner = null)
        : base(Describe(source, problems), inner)
    {
        Source = source;
        Problems = problems;
    }

    /// <summary>The file path or label ("live update") the data came from.</summary>
    public new string Source { get; }

    public IReadOnlyList<EventDataProblem> Problems { get; }

    private static string Describe(string source, IReadOnlyList<EventDataProblem> problems) => problems.Count == 1
        ? $"{source}, {problems[0]}"
        : $"{source}: {problems.Count} problems:{Environment.NewLine}"
          + string.Join(Environment.NewLine, problems.Select(p => $"  - {p}"));
}
