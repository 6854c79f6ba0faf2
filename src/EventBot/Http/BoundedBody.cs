namespace EventBot.Http;

/// <summary>Reads a request body up to a size limit.</summary>
public static class BoundedBody
{
    /// <summary>
    /// The body, or null when it is longer than <paramref name="limit"/>: a chunked request has no
    /// Content-Length, and the test server enforces no size limit.
    /// </summary>
    public static async Task<byte[]?> ReadAtMostAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
