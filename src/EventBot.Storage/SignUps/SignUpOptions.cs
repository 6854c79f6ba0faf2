namespace EventBot.Storage.SignUps;

/// <summary>The <c>EventBot:SignUps</c> section: places per parcours.</summary>
public sealed class SignUpOptions
{
    public const string Section = "EventBot:SignUps";

    /// <summary>
    /// Places in a parcours the configuration does not name. The Pop-Up had 160 participants over six parcours,
    /// about 27 each: 30 lets every parcours take its share with a little room.
    /// </summary>
    public int DefaultCapacity { get; set; } = 30;

    /// <summary>Places per parcours id, overriding <see cref="DefaultCapacity"/>.</summary>
    public Dictionary<string, int> Capacities { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public int CapacityOf(string parcoursId) =>
        Capacities.TryGetValue(parcoursId, out var capacity) ? capacity : DefaultCapacity;
}
