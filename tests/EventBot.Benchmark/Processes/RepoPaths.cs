namespace EventBot.Benchmark.Processes;

/// <summary>Where the bots' builds are: beside this one's, same configuration and framework.</summary>
public static class RepoPaths
{
    /// <summary>The repository root (the folder of EventBot.sln above this build's output).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>EventBot's build output DLL, e.g. src/EventBot/bin/Release/net10.0/EventBot.dll.</summary>
    public static string EventBotDll => Output("src/EventBot", "EventBot.dll");

    /// <summary>The floor bot's build output DLL.</summary>
    public static string FloorBotDll => Output("tests/EventBot.FloorBot", "EventBot.FloorBot.dll");

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
