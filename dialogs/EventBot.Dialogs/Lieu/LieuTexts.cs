namespace EventBot.Dialogs.Lieu;

/// <summary>What the place dialog says.</summary>
internal static class LieuTexts
{
    public const string AddressUnknown = "Je n'ai pas l'adresse précise : les documents ne la donnent pas.";
    public const string RoomUnknown = "Je n'ai pas la salle : les documents ne la précisent pas.";
    public const string PlaceUnknown = "Je n'ai pas le lieu : les documents ne le précisent pas.";
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
