using Xunit.Abstractions;

namespace EventBot.Host.Tests.WebChat;

/// <summary>
/// The page at <c>/</c> in headless Chromium against the real host on Kestrel, in local mode: the welcome, a typed
/// question, a suggested action, the start of a sign-up, and a reload that brings the conversation back. Chromium
/// missing is a failure, not a skip (<c>.ci/run</c> installs it). Screenshots go to the temp folder.
/// </summary>
public sealed class WebChatBrowserTests(ITestOutputHelper output)
{
    private const string SendBox = "#webchat input[type=text], #webchat textarea";

    [Fact]
    public async Task The_page_talks_to_the_bot_and_keeps_the_conversation_over_a_reload()
    {
        CdpBrowser.FindChromium(); // Fails here, with what to install, before a host is started.
        await using var host = await LiveHost.StartAsync();
        await using var browser = await CdpBrowser.LaunchAsync();
        var shots = Path.GetTempPath();
        try
        {
            await browser.NavigateAsync(host.Address + "/");
            Assert.Equal("EventBot — MEL toi du territoire", (await browser.EvaluateAsync("document.title")).GetString());
            Assert.Equal("fr", (await browser.EvaluateAsync("document.documentElement.lang")).GetString());
            Assert.Contains("MEL toi du territoire · Pop-Up dév éco", await browser.TextAsync());

            // The bot's welcome card, sent when the conversation starts.
            await browser.WaitForTextAsync("Bienvenue");
            await browser.WaitForTextAsync("EventBot");
            Assert.Equal("rgb(31, 78, 140)", (await browser.EvaluateAsync(
                "getComputedStyle(document.querySelector('.event-header')).backgroundColor")).GetString());
            await browser.ScreenshotAsync(Path.Combine(shots, "eventbot-webchat-0-welcome.png"));
            Assert.Equal(0, (await browser.EvaluateAsync("document.querySelectorAll('.webchat__upload-button').length")).GetInt32());
            var conversationId = (await browser.EvaluateAsync(
                "JSON.parse(sessionStorage.getItem('eventbot.webchat.conversation')).conversationId")).GetString();
            Assert.False(string.IsNullOrEmpty(conversationId));

            // A typed question.
            await SendAsync(browser, "programme de mercredi");
            await browser.WaitForTextAsync("mercredi 16 octobre 2019");

            // A suggested action.
            var industrie = await browser.CountAsync("Industrie de demain");
            await browser.ClickButtonAsync("#webchat button", "Les parcours du Pop-Up");
            await browser.WaitForTextAsync("Industrie de demain", industrie);
            await browser.ScreenshotAsync(Path.Combine(shots, "eventbot-webchat-1-conversation.png"));

            // The start of a sign-up: the parcours offered as buttons, then the name asked.
            await SendAsync(browser, "je veux m'inscrire");
            await browser.WaitForTextAsync("À quel parcours du Pop-Up dév éco souhaitez-vous vous inscrire ?");
            await browser.ClickButtonAsync("#webchat button", "Emergence");
            await browser.WaitForTextAsync("Quels sont votre prénom et votre nom ?");
            await browser.ScreenshotAsync(Path.Combine(shots, "eventbot-webchat-2-sign-up.png"));

            // A reload: the same conversation, its history replayed.
            await browser.ReloadAsync();
            await browser.WaitForTextAsync("Quels sont votre prénom et votre nom ?");
            var text = await browser.TextAsync();
            Assert.Contains("programme de mercredi", text);
            Assert.Contains("mercredi 16 octobre 2019", text);
            Assert.Contains("Industrie de demain", text);
            Assert.Contains("Bienvenue", text);
            Assert.Equal(conversationId, (await browser.EvaluateAsync(
                "JSON.parse(sessionStorage.getItem('eventbot.webchat.conversation')).conversationId")).GetString());
            await browser.WaitUntilAsync("!document.body.innerText.includes('Connexion en cours')", "Web Chat connected again");
            await browser.ScreenshotAsync(Path.Combine(shots, "eventbot-webchat-3-reloaded.png"));

            // The conversation goes on after the reload.
            await SendAsync(browser, "Camille Martin");
            await browser.WaitForTextAsync("Quelle est votre adresse e-mail ?");
        }
        catch
        {
            await browser.ScreenshotAsync(Path.Combine(shots, "eventbot-webchat-failure.png"));
            output.WriteLine($"Screenshot: {Path.Combine(shots, "eventbot-webchat-failure.png")}\nChromium's log:\n{browser.BrowserLog}");
            throw;
        }
    }

    private static async Task SendAsync(CdpBrowser browser, string text)
    {
        var before = await browser.CountAsync(text);
        await browser.WaitUntilAsync($"document.querySelector({CdpBrowser.Js(SendBox)})", "the send box");
        await browser.EvaluateAsync($"document.querySelector({CdpBrowser.Js(SendBox)}).focus()");
        await browser.InsertTextAsync(text);
        await browser.PressEnterAsync();
        await browser.WaitForTextAsync(text, before); // The user's message in the transcript.
    }
}
