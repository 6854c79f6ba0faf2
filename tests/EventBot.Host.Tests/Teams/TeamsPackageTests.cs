using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using EventBot.Host.Tests.Support;

namespace EventBot.Host.Tests.Teams;

/// <summary>
/// Builds the Teams app package with the repository's own build/teams/TeamsPackage.proj (as package.sh does)
/// into a temp folder, and checks the zip against the app manifest's rules: what Teams would refuse at upload.
/// </summary>
public sealed class TeamsPackageTests : IDisposable
{
    private static readonly string RepositoryRoot = FindRepositoryRoot();
    private static readonly Regex Guid36 = new("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$");

    private readonly TempDirectory _output = new();

    public void Dispose() => _output.Dispose();

    [Fact]
    public async Task The_package_built_with_the_app_id_from_the_environment_is_a_valid_teams_app()
    {
        var appId = Guid.NewGuid().ToString();

        var build = await PackageAsync(environment: new() { ["MicrosoftAppId"] = appId });

        Assert.True(build.ExitCode == 0, build.Output);
        using var zip = ZipFile.OpenRead(PackagePath);
        AssertValidPackage(zip, appId);
    }

    [Fact]
    public async Task The_app_id_is_read_from_the_settings_file_when_the_environment_has_none()
    {
        var appId = Guid.NewGuid().ToString();
        Directory.CreateDirectory(_output.Path);
        var settings = Path.Combine(_output.Path, "appsettings.json");
        File.WriteAllText(settings, $$"""{ "MicrosoftAppType": "SingleTenant", "MicrosoftAppId": "{{appId}}", "MicrosoftAppPassword": "" }""");

        var build = await PackageAsync($"-p:AppSettingsFile={settings}");

        Assert.True(build.ExitCode == 0, build.Output);
        using var zip = ZipFile.OpenRead(PackagePath);
        Assert.Equal(appId, ReadManifest(zip).GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_empty_app_id_stops_the_packaging_with_a_clear_message()
    {
        var build = await PackageAsync();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("MicrosoftAppId est vide", build.Output);
        Assert.Contains("MicrosoftAppId is empty", build.Output);
        Assert.Contains("--allow-placeholder", build.Output);
        Assert.False(File.Exists(PackagePath));
    }

    [Fact]
    public async Task With_allow_placeholder_an_empty_app_id_gives_a_test_package_with_a_placeholder_guid()
    {
        var build = await PackageAsync("-p:AllowPlaceholder=true");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("Paquet de test", build.Output);
        using var zip = ZipFile.OpenRead(PackagePath);
        AssertValidPackage(zip, "00000000-0000-0000-0000-000000000000");
    }

    [Fact]
    public async Task An_app_id_that_is_not_a_guid_is_refused()
    {
        var build = await PackageAsync("-p:MicrosoftAppId=mon-bot");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("n'est pas un GUID", build.Output);
        Assert.False(File.Exists(PackagePath));
    }

    [Fact]
    public async Task Every_command_of_the_teams_menu_is_understood_by_the_bot()
    {
        using var template = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot, "teams", "manifest.template.json")));
        var titles = template.RootElement.GetProperty("bots")[0].GetProperty("commandLists").EnumerateArray()
            .SelectMany(list => list.GetProperty("commands").EnumerateArray())
            .Select(command => command.GetProperty("title").GetString()!)
            .Distinct()
            .ToList();
        using var factory = new EventBotFactory();
        var client = factory.CreateClient();

        foreach (var title in titles)
        {
            // Each command in its own conversation, as a user picks it from the menu.
            var response = await client.PostAsync("/api/messages", Activities.AsContent(Activities.Message(title, $"menu-{Guid.NewGuid():N}")));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var answer = string.Join("\n", await Activities.ReplyTextsAsync(response));

            Assert.False(string.IsNullOrWhiteSpace(answer), $"« {title} » got no answer.");
            Assert.DoesNotContain("Je n'ai pas bien compris", answer);
            Assert.DoesNotContain("Je n'ai pas cette information", answer);
        }
    }

    private string PackagePath => Path.Combine(_output.Path, "EventBot-teams.zip");

    private static void AssertValidPackage(ZipArchive zip, string appId)
    {
        // Teams reads the files at the root of the zip, and nothing else is needed.
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal));
        var manifest = ReadManifest(zip);

        foreach (var required in new[] { "$schema", "manifestVersion", "version", "id", "developer", "name", "description", "icons", "accentColor", "bots", "validDomains" })
        {
            Assert.True(manifest.TryGetProperty(required, out _), $"manifest.json has no {required}.");
        }

        // The schema and the version say the same, and are recent enough for the fields used here (name.full required).
        var manifestVersion = manifest.GetProperty("manifestVersion").GetString()!;
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{manifestVersion}/MicrosoftTeams.schema.json", manifest.GetProperty("$schema").GetString());
        Assert.True(Version.Parse(manifestVersion) >= new Version(1, 17), $"manifestVersion {manifestVersion} is older than 1.17.");
        Assert.Matches(@"^\d+\.\d+\.\d+$", manifest.GetProperty("version").GetString());

        var id = manifest.GetProperty("id").GetString()!;
        Assert.Matches(Guid36, id);
        Assert.Equal(appId, id);

        var developer = manifest.GetProperty("developer");
        Assert.InRange(Text(developer, "name").Length, 1, 32);
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.StartsWith("https://", Text(developer, url));
            Assert.InRange(Text(developer, url).Length, 9, 2048);
        }

        var name = manifest.GetProperty("name");
        Assert.InRange(Text(name, "short").Length, 1, 30);
        Assert.InRange(Text(name, "full").Length, 1, 100);
        Assert.NotEqual(Text(name, "short"), Text(name, "full"));

        var description = manifest.GetProperty("description");
        Assert.InRange(Text(description, "short").Length, 1, 80);
        Assert.InRange(Text(description, "full").Length, 1, 4000);
        Assert.DoesNotContain(Text(description, "short"), Text(description, "full"));
        Assert.StartsWith("fr", manifest.GetProperty("localizationInfo").GetProperty("defaultLanguageTag").GetString());

        Assert.Matches("^#[0-9A-Fa-f]{6}$", manifest.GetProperty("accentColor").GetString());
        Assert.All(manifest.GetProperty("validDomains").EnumerateArray(), domain =>
            Assert.Matches(@"^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$", domain.GetString()));

        AssertBot(manifest, id);

        var icons = manifest.GetProperty("icons");
        var color = ReadPng(zip, Text(icons, "color"));
        Assert.Equal((192, 192), (color.Width, color.Height));
        var outline = ReadPng(zip, Text(icons, "outline"));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        AssertWhiteOnTransparent(outline);
    }

    private static void AssertBot(JsonElement manifest, string appId)
    {
        var bot = Assert.Single(manifest.GetProperty("bots").EnumerateArray());
        Assert.Equal(appId, bot.GetProperty("botId").GetString());
        var scopes = Strings(bot.GetProperty("scopes"));
        Assert.Equal(["groupChat", "personal", "team"], scopes.Order(StringComparer.Ordinal));

        // One command list for each scope of the bot (the mobile client shows none otherwise), at most three lists.
        var lists = bot.GetProperty("commandLists").EnumerateArray().ToList();
        Assert.InRange(lists.Count, 1, 3);
        var listedScopes = lists.SelectMany(list => Strings(list.GetProperty("scopes"))).ToList();
        Assert.Equal(scopes.Order(StringComparer.Ordinal), listedScopes.Order(StringComparer.Ordinal));

        foreach (var list in lists)
        {
            var commands = list.GetProperty("commands").EnumerateArray().ToList();
            Assert.InRange(commands.Count, 1, 10);
            Assert.Equal(commands.Count, commands.Select(command => Text(command, "title")).Distinct().Count());
            Assert.All(commands, command =>
            {
                Assert.InRange(Text(command, "title").Length, 1, 32);
                Assert.InRange(Text(command, "description").Length, 1, 128);
            });
        }

        // Personal data stays out of shared conversations: sign-up commands are offered in personal chats only.
        var shared = lists.Where(list => !Strings(list.GetProperty("scopes")).Contains("personal"))
            .SelectMany(list => list.GetProperty("commands").EnumerateArray())
            .Select(command => Text(command, "title"));
        Assert.DoesNotContain(shared, title => title.Contains("inscri", StringComparison.OrdinalIgnoreCase));
    }

    private static JsonElement ReadManifest(ZipArchive zip)
    {
        var entry = zip.GetEntry("manifest.json") ?? throw new InvalidOperationException("No manifest.json in the package.");
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        Assert.Equal((byte)'{', bytes[0]); // no byte order mark, no leading space
        Assert.DoesNotContain("{{", System.Text.Encoding.UTF8.GetString(bytes));
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.Clone();
    }

    private static string Text(JsonElement element, string property) =>
        element.GetProperty(property).GetString() ?? throw new InvalidOperationException($"{property} is null.");

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(item => item.GetString()!).ToList();

    /// <summary>The outline icon: a transparent background, and nothing but white where it is drawn.</summary>
    private static void AssertWhiteOnTransparent(Png png)
    {
        Assert.True(png is { ColorType: 6, BitDepth: 8 }, $"outline.png is colour type {png.ColorType}, depth {png.BitDepth}: 8-bit RGBA expected.");
        var pixels = Enumerable.Range(0, png.Width * png.Height).Select(i => png.Pixels.AsSpan(i * 4, 4).ToArray()).ToList();

        Assert.Equal(0, pixels[0][3]);                           // top-left corner: background
        Assert.Contains(pixels, pixel => pixel[3] == 0);
        Assert.Contains(pixels, pixel => pixel[3] == 255);
        Assert.All(pixels.Where(pixel => pixel[3] > 0), pixel => Assert.Equal([255, 255, 255], pixel[..3]));
    }

    private sealed record Png(int Width, int Height, int BitDepth, int ColorType, byte[] Pixels);

    /// <summary>Reads a PNG's header and, for 8-bit RGBA images, its pixels (IDAT inflated and unfiltered).</summary>
    private static Png ReadPng(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path) ?? throw new InvalidOperationException($"The package has no {path}, named by the manifest.");
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);

        int width = 0, height = 0, bitDepth = 0, colorType = 0, interlace = 0;
        using var compressed = new MemoryStream();
        for (var offset = 8; offset < bytes.Length;)
        {
            var length = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var data = bytes.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                Assert.Equal(8, offset); // IHDR comes first
                width = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(data);
                height = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
                (bitDepth, colorType, interlace) = (data[8], data[9], data[12]);
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }

            offset += 12 + length;
        }

        if (colorType != 6 || bitDepth != 8 || interlace != 0)
        {
            return new Png(width, height, bitDepth, colorType, []);
        }

        compressed.Position = 0;
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        return new Png(width, height, bitDepth, colorType, Unfilter(raw.ToArray(), width, height, bytesPerPixel: 4));
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int bytesPerPixel)
    {
        var stride = width * bytesPerPixel;
        Assert.Equal(height * (stride + 1), raw.Length);
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = raw[y * (stride + 1) + 1 + x];
                int left = x >= bytesPerPixel ? pixels[y * stride + x - bytesPerPixel] : 0;
                int up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                int upLeft = x >= bytesPerPixel && y > 0 ? pixels[(y - 1) * stride + x - bytesPerPixel] : 0;
                pixels[y * stride + x] = (byte)(value + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"PNG filter type {filter}."),
                });
            }
        }

        return pixels;
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var (toLeft, toUp, toUpLeft) = (Math.Abs(estimate - left), Math.Abs(estimate - up), Math.Abs(estimate - upLeft));
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }

    /// <summary>Runs build/teams/TeamsPackage.proj with `dotnet msbuild`, writing into this test's temp folder.</summary>
    private async Task<(int ExitCode, string Output)> PackageAsync(string? property = null, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "msbuild", Path.Combine(RepositoryRoot, "build", "teams", "TeamsPackage.proj"), "-nologo", "-nodeReuse:false",
            "-verbosity:minimal", $"-p:TeamsOutputDir={_output.Path}",
            // Never the repository's own settings: the id comes from the test only.
            $"-p:AppSettingsFile={Path.Combine(_output.Path, "none.json")}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        if (property is not null)
        {
            start.ArgumentList.Add(property);
        }

        // The test host runs under MSBuild: its variables must not steer the child build, nor an app id of the machine.
        foreach (var variable in start.Environment.Keys.Where(key => key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key == "MicrosoftAppId").ToList())
        {
            start.Environment.Remove(variable);
        }

        foreach (var (key, value) in environment ?? [])
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "build", "teams", "TeamsPackage.proj")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No build/teams/TeamsPackage.proj above {AppContext.BaseDirectory}.");
    }
}
