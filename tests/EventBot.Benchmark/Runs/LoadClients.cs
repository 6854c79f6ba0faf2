namespace EventBot.Benchmark.Runs;

/// <summary>HTTP clients for the load: no connection limit, so that each virtual user has its own connection.</summary>
public static class LoadClients
{
    public static HttpClient Create(Uri? baseAddress = null) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = int.MaxValue,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(60),
    };
}
