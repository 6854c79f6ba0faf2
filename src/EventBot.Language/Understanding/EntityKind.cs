namespace EventBot.Language.Understanding;

/// <summary>The kinds of things of the event that a message can name.</summary>
public enum EntityKind
{
    Parcours,
    Session,
    Speaker,
    Organisation,
    Place,
    Resource,
    Fiche,
    WeekEvent,
    Link,
    Paqte,
    Week,
}
