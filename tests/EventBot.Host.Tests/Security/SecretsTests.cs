using System.Text.Json;
using System.Text.RegularExpressions;

namespace EventBot.Host.Tests.Security;

/// <summary>Secrets come from the environment, never from the repository: the committed settings hold none, and no file looks like one.</summary>
public sealed partial class SecretsTests
{
    [Fact]
    public void The_committed_appsettings_json_holds_no_secret()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "appsettings.json")));
        var root = settings.RootElement;

        Assert.Equal("", root.GetProperty("MicrosoftAppPassword").GetString());
        Assert.Equal("", root.GetProperty("MicrosoftAppId").GetString());
        var eventBot = root.GetProperty("EventBot");
        Assert.Empty(eventBot.GetProperty("Organisers").GetProperty("Keys").EnumerateArray());
        Assert.False(
            eventBot.TryGetProperty("WebChat", out var webChat) && webChat.TryGetProperty("DirectLineSecret", out var secret) && !string.IsNullOrEmpty(secret.GetString()),
            "EventBot:WebChat:DirectLineSecret must come from the environment.");
    }

    [Fact]
    public void No_file_of_the_repository_holds_something_shaped_like_a_secret()
    {
        var root = RepositoryRoot();
        var skipped = new[] { ".git", "bin", "obj", "node_modules", "TestResults", "lib" };
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar).Any(skipped.Contains))
            .Where(file => new FileInfo(file).Length < 2_000_000 && Path.GetExtension(file) is not (".png" or ".nupkg" or ".db" or ".zip"))
            .ToList();
        Assert.NotEmpty(files);

        var found = files
            .SelectMany(file => SecretShapes().Matches(File.ReadAllText(file)).Select(match => $"{Path.GetRelativePath(root, file)}: {match.Value[..Math.Min(24, match.Value.Length)]}…"))
            .ToList();

        Assert.Empty(found);
    }

    /// <summary>A private key, a JSON Web Token, an Azure AD client secret ("…8Q~…"), a storage account key or connection string.</summary>
    [GeneratedRegex(@"-----BEGIN [A-Z ]*PRIVATE KEY-----|eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}|\b[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}\b|AccountKey=[A-Za-z0-9+/=]{40,}")]
    private static partial Regex SecretShapes();

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "EventBot.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("EventBot.sln not found above the test's folder.");
    }
}
