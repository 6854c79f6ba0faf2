using System.Diagnostics;
using EventBot.Storage.Outreach;
using System.Net;
using EventBot.Domain.SignUps;
using EventBot.Host.Tests.Support;
using EventBot.Storage;
using EventBot.Storage.SignUps;
using Microsoft.Extensions.DependencyInjection;

namespace EventBot.Host.Tests.Storage;

/// <summary>A process killed (SIGKILL on Linux) in the middle of a stream of sign-ups, one at a time or many at once.</summary>
public sealed class SignUpCrashTests : IDisposable
{
    private const string Confirmed = "CONFIRMED ";

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    /// <summary>EventBot.SignUpCrash's build output, beside this project's (same configuration and framework).</summary>
    private static string CrashProgram()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!;
        var tests = configuration.Parent!.Parent!.Parent!;
        return Path.Combine(tests.FullName, "EventBot.SignUpCrash", "bin", configuration.Name, output.Name, "EventBot.SignUpCrash.dll");
    }

    /// <summary>Runs the sign-up program with <paramref name="workers"/> threads, kills it (SIGKILL) once it has confirmed
    /// <paramref name="before"/> sign-ups, and returns every sign-up it said was confirmed.</summary>
    private static async Task<List<string>> RunAndKillAsync(string file, int workers, int before)
    {
        var confirmed = new List<string>();
        using var process = Process.Start(new ProcessStartInfo("dotnet", [CrashProgram(), file, workers.ToString()]) { RedirectStandardOutput = true })!;
        try
        {
            while (confirmed.Count < before)
            {
                var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(15));
                Assert.True(line is not null, $"The sign-up program stopped (exit code {(process.HasExited ? process.ExitCode : null)}).");
                Assert.StartsWith(Confirmed, line);
                confirmed.Add(line[Confirmed.Length..]);
            }
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        // What it printed before dying was told to a user too.
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(Confirmed, StringComparison.Ordinal))
            {
                confirmed.Add(line[Confirmed.Length..]);
            }
        }

        return confirmed;
    }

    private Dictionary<string, SignUp> Stored(string file)
    {
        using var database = new EventBotDatabase($"Filename={file};Connection=direct", _directory.Path);
        return new LiteDbSignUpService(
                database,
                SignUpTestBed.EventData,
                Microsoft.Extensions.Options.Options.Create(new SignUpOptions()),
                TimeProvider.System,
                new LiteDbConversationReferences(database))
            .All()
            .ToDictionary(signUp => signUp.Id);
    }

    [Fact]
    public async Task No_sign_up_the_user_was_told_was_confirmed_is_lost_and_the_file_opens_afterwards()
    {
        Directory.CreateDirectory(_directory.Path);
        var file = Path.Combine(_directory.Path, "crash.db");

        var confirmed = await RunAndKillAsync(file, workers: 1, before: 50);

        var stored = Stored(file);
        Assert.All(confirmed, id => Assert.Equal(SignUpStatus.Confirmed, Assert.Contains(id, stored).Status));
    }

    [Fact]
    public async Task Killed_under_concurrent_sign_ups_it_loses_none_it_confirmed_and_the_bot_restarts_on_the_file()
    {
        Directory.CreateDirectory(_directory.Path);
        var file = Path.Combine(_directory.Path, "crash.db");

        var confirmed = await RunAndKillAsync(file, workers: 8, before: 200);

        Assert.Equal(confirmed.Count, confirmed.Distinct().Count());
        var stored = Stored(file);
        Assert.All(confirmed, id => Assert.Equal(SignUpStatus.Confirmed, Assert.Contains(id, stored).Status));

        using var host = new EventBotFactory();
        host.Settings["ConnectionStrings:EventBot"] = $"Filename={file};Connection=direct";
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var reply = await client.PostAsync("/api/messages", Activities.AsContent(Activities.Message("c koi le parcours emergence", "after-crash")));
        Assert.Contains("Plateau radio", string.Join("\n", await Activities.ReplyTextsAsync(reply)), StringComparison.OrdinalIgnoreCase);
        var signUps = host.Services.GetRequiredService<ISignUpService>();
        Assert.Equal(stored.Count, signUps.All().Count);
        var after = signUps.SignUp(
            "attractivite", new Participant("Nora", "Haddad", "nora.haddad@exemple.fr", "Maison de quartier", Profile.Autre), "test:after-crash", DateTimeOffset.UtcNow);
        Assert.True(
            SignUpOutcome.Confirmed == after.Outcome,
            $"{after.Outcome}: {signUps.PlacesLeft("attractivite")} places left; stored: {string.Join(", ", signUps.All().GroupBy(x => $"{x.ParcoursId} {x.Status}").Select(g => $"{g.Key} {g.Count()}"))}");
        Assert.Equal(stored.Count + 1, signUps.All().Count);
    }
}
