namespace EventBot.Benchmark.Runs;

/// <summary>The machine's conditions, printed with the figures: the machine may be shared.</summary>
public static class Machine
{
    /// <summary>The 1, 5 and 15 minute load averages (Linux), or "?".</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
