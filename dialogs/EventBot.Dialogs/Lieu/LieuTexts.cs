namespace EventBot.Dialogs.Lieu;

/// <summary>What the place dialog says.</summary>
internal static class LieuTexts
{
    public const string AddressUnknown = "Les documents ne donnent pas d'adresse précise.";
    public const string RoomUnknown = "La salle n'est pas précisée dans les documents dont je dispose.";
    public const string PlaceUnknown = "Les documents ne précisent pas où cela a lieu.";
    public const string PlacesTitle = "Les lieux";
    public const string Address = "Adresse";
    public const string City = "Ville";
    public const string Part = "Situé à";

    public static string PlaceOf(string what, string place) => $"{what} : à {place}.";
    public static string EventPlace(string what, string place, string dates) => $"{what} : {dates}, à {place}.";
    public static string Within(string place, string parent) => $"{place} se trouve à {parent}.";
    public static string Room(string room) => $"Salle : {room}.";
    public static string Known(string list) => $"Les lieux dont parlent les documents : {list}.";
}
