using System.Net.WebSockets;
using System.Text;

namespace EventBot.DirectLine;

/// <summary>
/// GET /v3/directline/conversations/{id}/stream?t=&lt;token&gt;[&amp;watermark=N]: a WebSocket that sends
/// <c>{"activities":[…],"watermark":"N"}</c> text frames as activities arrive, first those after the watermark
/// (all kept ones without). What the client sends is ignored (DirectLineJS sends empty pings every 20 s to notice
/// dead connections). The token is checked when connecting; the stream ends when the client closes it, the
/// conversation is dropped, or the host stops. Polling GET …/activities stays available as the fallback.
/// </summary>
public static class DirectLineStream
{
    public static async Task<IResult> ConnectAsync(
        string conversationId, HttpContext context, DirectLineAuthorization authorization, IHostApplicationLifetime lifetime)
    {
        var outcome = authorization.Check(NonEmpty(context.Request.Query["t"].ToString()), conversationId);
        if (outcome.Failure is not null)
        {
            return outcome.Failure;
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineHttp.BadArgument("Cette adresse attend une connexion WebSocket.");
        }

        if (!DirectLineEndpoints.TryReadWatermark(context.Request, out var watermark))
        {
            return DirectLineEndpoints.BadWatermark();
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            await RunAsync(socket, outcome.Access!.Conversation, watermark ?? 0, stop.Token);
        }
        catch (Exception ended) when (ended is OperationCanceledException or WebSocketException)
        {
            // The client went away or the host is stopping: nothing to tell anyone.
        }

        return Results.Empty;
    }

    private static async Task RunAsync(WebSocket socket, DirectLineConversation conversation, long watermark, CancellationToken cancellationToken)
    {
        var closedByClient = DrainAsync(socket, cancellationToken);
        var stopped = Task.Delay(Timeout.Infinite, cancellationToken);
        while (socket.State == WebSocketState.Open)
        {
            // Taken before reading, so that an activity appended in between wakes the next wait.
            var changed = conversation.Changed;
            var set = conversation.ReadAfter(watermark);
            if (set.Activities.Count > 0)
            {
                var frame = Encoding.UTF8.GetBytes(DirectLineHttp.ActivitySetJson(set));
                await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }

            watermark = set.Watermark;
            if (conversation.IsClosed)
            {
                break;
            }

            var woken = await Task.WhenAny(changed, closedByClient, stopped);
            if (woken != changed)
            {
                break;
            }
        }

        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            var reason = conversation.IsClosed ? "Conversation terminée" : "Fin du flux";
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, CancellationToken.None);
        }
    }

    /// <summary>Reads and ignores what the client sends, until it closes (or the connection breaks).</summary>
    private static async Task DrainAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, cancellationToken);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception ended) when (ended is OperationCanceledException or WebSocketException)
        {
        }
    }

    private static string? NonEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;
}
