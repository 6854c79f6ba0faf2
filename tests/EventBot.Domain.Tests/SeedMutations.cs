using System.Text.Json;
using System.Text.Json.Nodes;

namespace EventBot.Domain.Tests;

/// <summary>Copies of the real seed with one change, to see how the loader reports it.</summary>
internal static class SeedMutations
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Apply(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(RepoFiles.SeedJson)!.AsObject();
        change(root);
        return root.ToJsonString(Indented);
    }

    public static JsonObject Session(JsonObject root, int parcours, int session) =>
        root["parcours"]![parcours]!["sessions"]![session]!.AsObject();

    /// <summary>Writes <paramref name="json"/> as "event.json" in a fresh folder, as the host would find it.</summary>
    public static string WriteTemporarySeed(string json)
    {
        var folder = Directory.CreateTempSubdirectory("eventbot-seed-");
        var path = Path.Combine(folder.FullName, "event.json");
        File.WriteAllText(path, json);
        return path;
    }
}
