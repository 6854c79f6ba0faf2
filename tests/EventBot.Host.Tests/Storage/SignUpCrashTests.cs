using System.Diagnostics;
using EventBot.Domain.SignUps;
using EventBot.Host.Tests.Support;
using EventBot.Storage;
using EventBot.Storage.SignUps;

namespace EventBot.Host.Tests.Storage;

/// <summary>A process killed (SIGKILL on Linux) in the middle of a stream of sign-ups.</summary>
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

    [Fact]
    public async Task No_sign_up_the_user_was_told_was_confirmed_is_lost_and_the_file_opens_afterwards()
    {
        Directory.CreateDirectory(_directory.Path);
        var file = Path.Combine(_directory.Path, "crash.db");
        var confirmed = new List<string>();
        using (var process = Process.Start(new ProcessStartInfo("dotnet", [CrashProgram(), file]) { RedirectStandardOutput = true })!)
        {
            try
            {
                while (confirmed.Count < 50)
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
        }

        using var database = new EventBotDatabase($"Filename={file};Connection=direct", _directory.Path);
        var stored = new LiteDbSignUpService(
                database,
                SignUpTestBed.EventData,
                Microsoft.Extensions.Options.Options.Create(new SignUpOptions()),
                TimeProvider.System)
            .All()
            .ToDictionary(signUp => signUp.Id);

        Assert.All(confirmed, id => Assert.Equal(SignUpStatus.Confirmed, Assert.Contains(id, stored).Status));
    }
}
