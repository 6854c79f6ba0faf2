using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EventBot.Host.Tests.WebChat;

/// <summary>
/// Headless Chromium driven over the Chrome DevTools Protocol, on its WebSocket, with no package: launch the
/// browser with <c>--remote-debugging-port=0</c>, read the address it prints, open one page target (flat session)
/// and send commands (navigate, evaluate, type, screenshot). Waits poll the DOM.
/// </summary>
public sealed class CdpBrowser : IAsyncDisposable
{
    /// <summary>Where Debian (and others) put Chromium; <c>EVENTBOT_CHROMIUM</c> overrides.</summary>
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private readonly Task _receiving;
    private readonly StringBuilder _browserLog;
    private int _nextId;
    private string? _sessionId;

    private CdpBrowser(Process process, string profile, ClientWebSocket socket, StringBuilder browserLog)
    {
        _process = process;
        _profile = profile;
        _socket = socket;
        _browserLog = browserLog;
        _receiving = Task.Run(ReceiveLoopAsync);
    }

    public static string FindChromium()
    {
        var configured = Environment.GetEnvironmentVariable("EVENTBOT_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : throw new InvalidOperationException($"EVENTBOT_CHROMIUM={configured} does not exist.");
        }

        return Candidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException(
            "Chromium is not installed: the Web Chat browser test needs it. Install it (Debian: apt-get update && apt-get install -y chromium; " +
            ".ci/run does this) or set EVENTBOT_CHROMIUM to a Chromium or Chrome executable.");
    }

    /// <summary>Starts headless Chromium with an empty profile and opens a blank page.</summary>
    public static async Task<CdpBrowser> LaunchAsync(int width = 1100, int height = 900)
    {
        var executable = FindChromium();
        var profile = Path.Combine(Path.GetTempPath(), "eventbot-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--user-data-dir={profile}",
            "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1", $"--window-size={width},{height}", "--lang=fr-FR",
            "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var log = new StringBuilder();
        var endpoint = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        void OnLine(object? sender, DataReceivedEventArgs line)
        {
            if (line.Data is null)
            {
                return;
            }

            lock (log)
            {
                log.AppendLine(line.Data);
            }

            const string marker = "DevTools listening on ";
            var at = line.Data.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                endpoint.TrySetResult(line.Data[(at + marker.Length)..].Trim());
            }
        }

        process.ErrorDataReceived += OnLine;
        process.OutputDataReceived += OnLine;
        process.Exited += (_, _) => endpoint.TrySetException(new InvalidOperationException($"Chromium exited ({process.ExitCode}):\n{Snapshot(log)}"));
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {executable}.");
        }

        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        CdpBrowser? browser = null;
        try
        {
            var address = await endpoint.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var socket = new ClientWebSocket();
            socket.Options.KeepAliveInterval = TimeSpan.Zero;
            await socket.ConnectAsync(new Uri(address), CancellationToken.None);
            browser = new CdpBrowser(process, profile, socket, log);
            var target = await browser.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, browserLevel: true);
            var attached = await browser.SendAsync(
                "Target.attachToTarget", new JsonObject { ["targetId"] = target.GetProperty("targetId").GetString(), ["flatten"] = true }, browserLevel: true);
            browser._sessionId = attached.GetProperty("sessionId").GetString();
            await browser.SendAsync("Page.enable");
            await browser.SendAsync("Runtime.enable");
            return browser;
        }
        catch (Exception failure) when (browser is null)
        {
            KillAndClean(process, profile);
            throw new InvalidOperationException($"Chromium did not open its DevTools endpoint: {failure.Message}\n{Snapshot(log)}", failure);
        }
    }

    public string BrowserLog => Snapshot(_browserLog);

    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters = null, bool browserLevel = false)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (!browserLevel && _sessionId is not null)
        {
            message["sessionId"] = _sessionId;
        }

        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }

        return await reply.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!_closing.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(buffer, _closing.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                using var document = JsonDocument.Parse(message.ToArray());
                message.SetLength(0);
                var root = document.RootElement;
                if (root.TryGetProperty("id", out var idElement) && _pending.TryRemove(idElement.GetInt32(), out var reply))
                {
                    if (root.TryGetProperty("error", out var error))
                    {
                        reply.TrySetException(new InvalidOperationException($"CDP error: {error.GetRawText()}"));
                    }
                    else
                    {
                        reply.TrySetResult(root.GetProperty("result").Clone());
                    }
                }
            }
        }
        catch (Exception failure) when (failure is OperationCanceledException or WebSocketException)
        {
            // Closing, or the browser went away: pending commands fail below.
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(new InvalidOperationException($"The DevTools connection closed.\n{BrowserLog}"));
        }
    }

    /// <summary>Navigates and waits for the load event's readiness (document.readyState complete).</summary>
    public async Task NavigateAsync(string url)
    {
        await SendAsync("Page.navigate", new JsonObject { ["url"] = url });
        await WaitUntilAsync("document.readyState === 'complete' && location.href !== 'about:blank'", $"page {url} loaded");
    }

    public async Task ReloadAsync()
    {
        await EvaluateAsync("window.__eventbotBeforeReload = true");
        await SendAsync("Page.reload", new JsonObject { ["ignoreCache"] = false });
        await WaitUntilAsync("!window.__eventbotBeforeReload && document.readyState === 'complete'", "page reloaded");
    }

    /// <summary>Evaluates a JavaScript expression (promises awaited) and returns its JSON value.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["returnByValue"] = true,
            ["awaitPromise"] = true,
        });
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException($"JavaScript failed: {exception.GetRawText()}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    /// <summary>Polls <paramref name="condition"/> (a JavaScript boolean expression) until true.</summary>
    public async Task WaitUntilAsync(string condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await EvaluateAsync($"(function () {{ try {{ return !!({condition}); }} catch (e) {{ return false; }} }})()") is { ValueKind: JsonValueKind.True })
                {
                    return;
                }
            }
            catch (InvalidOperationException failure)
            {
                last = failure; // Navigating: the context is being replaced.
            }

            await Task.Delay(150);
        }

        throw new TimeoutException($"Timed out waiting for {what}. {last?.Message}");
    }

    /// <summary>The page's visible text, with typographic apostrophes made straight (Web Chat's Markdown curls them).</summary>
    public async Task<string> TextAsync() =>
        (await EvaluateAsync("document.body ? document.body.innerText.replace(/[\\u2018\\u2019]/g, \"'\") : ''")).GetString() ?? "";

    public static string Js(string text) => JsonSerializer.Serialize(text);

    /// <summary>Occurrences of <paramref name="text"/> in the page's visible text.</summary>
    public async Task<int> CountAsync(string text) => (await EvaluateAsync(
        $"(document.body.innerText.replace(/[\\u2018\\u2019]/g, \"'\").split({Js(text)}).length - 1)")).GetInt32();

    /// <summary>Waits until the page shows <paramref name="text"/> more than <paramref name="before"/> times.</summary>
    public async Task WaitForTextAsync(string text, int before = 0, TimeSpan? timeout = null)
    {
        try
        {
            await WaitUntilAsync(
                $"document.body.innerText.replace(/[\\u2018\\u2019]/g, \"'\").split({Js(text)}).length - 1 > {before}", $"the text « {text} »", timeout);
        }
        catch (TimeoutException failure)
        {
            throw new TimeoutException($"{failure.Message}\nThe page shows:\n{await TextAsync()}", failure);
        }
    }

    /// <summary>Types into the focused element as a user would (the text is inserted as one input event).</summary>
    public Task InsertTextAsync(string text) => SendAsync("Input.insertText", new JsonObject { ["text"] = text });

    public async Task PressEnterAsync()
    {
        foreach (var type in new[] { "keyDown", "keyUp" })
        {
            var key = new JsonObject
            {
                ["type"] = type,
                ["key"] = "Enter",
                ["code"] = "Enter",
                ["windowsVirtualKeyCode"] = 13,
                ["nativeVirtualKeyCode"] = 13,
            };
            if (type == "keyDown")
            {
                key["text"] = "\r";
            }

            await SendAsync("Input.dispatchKeyEvent", key);
        }
    }

    /// <summary>Clicks at the centre of the last visible element matching <paramref name="selector"/> whose text is <paramref name="text"/>, with the mouse.</summary>
    public async Task ClickButtonAsync(string selector, string text, TimeSpan? timeout = null)
    {
        var find = $$"""
            (function () {
              var norm = function (s) { return (s || '').replace(/[\u2018\u2019]/g, "'").trim(); };
              var matches = Array.prototype.filter.call(document.querySelectorAll({{Js(selector)}}), function (e) {
                var r = e.getBoundingClientRect();
                return norm(e.innerText) === {{Js(text)}} && r.width > 0 && r.height > 0 && !e.disabled && e.getAttribute('aria-disabled') !== 'true';
              });
              if (!matches.length) { return null; }
              var target = matches[matches.length - 1];
              target.scrollIntoView({ block: 'center' });
              var r = target.getBoundingClientRect();
              return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
            })()
            """;
        await WaitUntilAsync(find, $"a button « {text} »", timeout);
        await Task.Delay(200); // After scrolling into view.
        var point = await EvaluateAsync(find);
        foreach (var type in new[] { "mousePressed", "mouseReleased" })
        {
            await SendAsync("Input.dispatchMouseEvent", new JsonObject
            {
                ["type"] = type,
                ["x"] = point.GetProperty("x").GetDouble(),
                ["y"] = point.GetProperty("y").GetDouble(),
                ["button"] = "left",
                ["clickCount"] = 1,
            });
        }
    }

    public async Task ScreenshotAsync(string path)
    {
        var shot = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot.GetProperty("data").GetString()!));
    }

    private static string Snapshot(StringBuilder log)
    {
        lock (log)
        {
            return log.ToString();
        }
    }

    private static void KillAndClean(Process process, string profile)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
        for (var attempt = 0; attempt < 5 && Directory.Exists(profile); attempt++)
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                Thread.Sleep(200);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.SendAsync(Encoding.UTF8.GetBytes("""{"id":-1,"method":"Browser.close","params":{}}"""), WebSocketMessageType.Text, true, timeout.Token);
            }
        }
        catch (Exception failure) when (failure is WebSocketException or OperationCanceledException)
        {
            // Killed below anyway.
        }

        await _closing.CancelAsync();
        try
        {
            await _receiving.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            // The receive loop is stuck on a dead socket; the process goes below.
        }

        _socket.Dispose();
        KillAndClean(_process, _profile);
        _closing.Dispose();
        _sendLock.Dispose();
    }
}
