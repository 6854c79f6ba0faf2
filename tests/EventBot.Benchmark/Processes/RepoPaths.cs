namespace EventBot.Benchmark.Processes;

/// <summary>Where the bots' builds are: beside this one's, same configuration and framework.</summary>
public static class RepoPaths
{
    /// <summary>The repository root (the folder of EventBot.sln above this build's output).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// Set by run.sh to the folder where it published both bots (ReadyToRun, as they would be deployed); without it,
    /// the bots' build outputs beside this one are used (the tests' short load run).
    /// </summary>
    public const string PublishedVariable = "EVENTBOT_BENCHMARK_PUBLISHED";

    /// <summary>EventBot's DLL: published, or the build output, e.g. src/EventBot/bin/Release/net10.0/EventBot.dll.</summary>
    public static string EventBotDll => Published("eventbot", "EventBot.dll") ?? Output("src/EventBot", "EventBot.dll");

    /// <summary>The floor bot's DLL, published or built.</summary>
    public static string FloorBotDll => Published("floor", "EventBot.FloorBot.dll") ?? Output("tests/EventBot.FloorBot", "EventBot.FloorBot.dll");

    private static string? Published(string folder, string dll)
    {
        if (Environment.GetEnvironmentVariable(PublishedVariable) is not { Length: > 0 } published)
        {
            return null;
        }

        var path = Path.Combine(published, folder, dll);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{PublishedVariable} is set but {path} is not there.", path);
    }

    private static string Output(string project, string dll)
    {
        // AppContext.BaseDirectory is <project>/bin/<configuration>/<framework>/.
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!;
        var path = Path.Combine(Root, project, "bin", configuration.Name, framework.Name, dll);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{path} is not built: build the solution in {configuration.Name} first (run.sh does).", path);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EventBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No EventBot.sln above {AppContext.BaseDirectory}.");
    }
}
