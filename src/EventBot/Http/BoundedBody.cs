using System.Buffers;

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

        // Rented: a body is a few kilobytes, read at every message.
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
