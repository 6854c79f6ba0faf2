using EventBot.FloorBot;
using EventBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

// Settings: Floor:Storage = "litedb" (default, with Floor:Database a LiteDB connection string) or "memory".
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);

var storageKind = builder.Configuration["Floor:Storage"] ?? "litedb";
var database = storageKind switch
{
    "memory" => null,
    "litedb" => new EventBotDatabase(builder.Configuration["Floor:Database"] ?? "Filename=data/floor.db;Connection=direct", AppContext.BaseDirectory),
    _ => throw new InvalidOperationException($"Floor:Storage must be 'litedb' or 'memory', not '{storageKind}'."),
};
builder.Services.AddSingleton<IStorage>(database is null ? new MemoryStorage() : new LiteDbStorage(database));
builder.Services.AddSingleton<ConversationState>();
builder.Services.AddSingleton<BotFrameworkAuthentication>(provider =>
    new ConfigurationBotFrameworkAuthentication(provider.GetRequiredService<IConfiguration>()));
builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(provider =>
{
    var adapter = new CloudAdapter(provider.GetRequiredService<BotFrameworkAuthentication>(), provider.GetRequiredService<ILogger<CloudAdapter>>());

    // The storage's turn count, as in EventBot's adapter: the same storage checkpoints the same way under the same load.
    if (database is not null)
    {
        adapter.Use(database.TurnsInFlight);
    }

    return adapter;
});
builder.Services.AddSingleton<IBot, EchoBot>();

var app = builder.Build();
app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
    adapter.ProcessAsync(request, response, bot, cancellationToken));
app.Run();
