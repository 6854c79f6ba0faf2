using System.Text.RegularExpressions;

namespace EventBot.Domain.Tests;

/// <summary>The real seed and source files, found from the test binaries by walking up to the solution folder.</summary>
internal static partial class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string SeedPath => Path.Combine(Root, "seeds", "event.json");

    public static string SeedJson => File.ReadAllText(SeedPath);

    /// <summary>Both IREV pages as one text, whitespace and line breaks collapsed to single spaces.</summary>
    public static string Sources { get; } = LoadSources();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EventBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"EventBot.sln not found above {AppContext.BaseDirectory}");
    }

    private static string LoadSources()
    {
        var folder = Path.Combine(Root, "seeds", "sources");
        var text = Normalise(File.ReadAllText(Path.Combine(folder, "pop-up-dev-eco.txt"))
                             + "\n" + File.ReadAllText(Path.Combine(folder, "mel-toi-du-territoire.txt")));

        // The page wraps the ADULM link [8] as "<…pour-les->" then "quartiers-en-renouvellement-urbain/" on a later line.
        const string brokenAdulmLink = "pour-les-> quartiers-en-renouvellement-urbain/";
        Assert.Contains(brokenAdulmLink, text);
        return text.Replace(brokenAdulmLink, "pour-les-quartiers-en-renouvellement-urbain/");
    }

    public static string Normalise(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
