using EventBot.Language.Understanding;

namespace EventBot.Language.Readings;

/// <summary>What is done with the things a question is about.</summary>
public enum Operation
{
    /// <summary>No question word: say what the thing is.</summary>
    Describe,
    Who,
    When,
    Where,
    /// <summary>"Combien de temps", "ça dure combien de jours".</summary>
    HowLong,
    /// <summary>"Combien de…", "le nombre de…".</summary>
    Count,
    /// <summary>"Lequel a le plus de…", "le plus lourd".</summary>
    Most,
    /// <summary>A yes/no question that states something to confirm or correct ("c'était en novembre, non ?").</summary>
    Check,
    /// <summary>Which of two things comes first ("c'est avant ou après le Pop-Up ?").</summary>
    Order,
    /// <summary>What a name or an abbreviation stands for ("que veut dire PIA ?").</summary>
    Meaning,
    Why,
    /// <summary>"Il s'appelle comment ?", "quel est le titre ?".</summary>
    Name,
    /// <summary>"Quelle différence entre A et B ?": what each of two things is.</summary>
    Compare,
}

/// <summary>What is asked of a thing, when the question says (who it is for, its partner, its room…).</summary>
public enum AskedAttribute
{
    None,
    Audience,
    Partner,
    Organisers,
    Themes,
    /// <summary>A person's structure, or (asked of a structure) the people who come from it.</summary>
    Organisation,
    Room,
    Hour,
    Speakers,
    Sessions,
    Participants,
    Days,
    Events,
    Parcours,
    Size,
    /// <summary>What a thing was before ("s'appelait", "autrefois").</summary>
    Former,
}

/// <summary>
/// One interpretation of a question: the operation, the attribute asked, the things it is about (most
/// likely subject first) and the words of the message that support it. <see cref="Support"/> adds up that
/// evidence: the reader ranks readings by it, and a reading is only as strong as the words behind it.
/// </summary>
public sealed record Reading(
    Operation Operation,
    AskedAttribute Attribute,
    IReadOnlyList<EntityMatch> Subjects,
    IReadOnlyList<string> Evidence,
    double Support)
{
    /// <summary>The phrases of <see cref="Evidence"/> that name the attribute ("dossier thématique" says "thématique").</summary>
    public IReadOnlyList<string> AttributeEvidence { get; init; } = [];

    /// <summary>"Toute seule", "uniquement": the question claims that one thing alone holds.</summary>
    public bool Alone { get; init; }

    /// <summary>Numbers said in the message ("500 participants"), for a check against the data.</summary>
    public IReadOnlyList<int> Numbers { get; init; } = [];

    /// <summary>The message asks what came before or after something ("après", "ensuite").</summary>
    public bool Sequence { get; init; }

    /// <summary>
    /// The message states a claim of its own to check ("si j'ai bien compris…", "…, non ?", "c'est bien…"), not only a
    /// yes/no question ("est-ce que…").
    /// </summary>
    public bool StatesClaim { get; init; }

    /// <summary>"Quelles fiches expérience…", "quels documents…": the question asks for every thing of a kind.</summary>
    public bool ListOfKind { get; init; }

    /// <summary>The message has a question word (quel, quoi, que…): it asks for something, it does not only name a thing.</summary>
    public bool Interrogative { get; init; }

    /// <summary>"La première / deuxième table ronde": which one of several things named alike, counted from 1; 0 when none is said.</summary>
    public int Ordinal { get; init; }

    /// <summary>Months said in the message (1–12), for a check against the data's dates.</summary>
    public IReadOnlyList<int> Months { get; init; } = [];

    /// <summary>
    /// The words of the message that are neither names of the event nor question words, as normalised
    /// tokens: what a check claims, or what a passage of the sources must say to answer.
    /// </summary>
    public IReadOnlyList<string> ContentWords { get; init; } = [];

    /// <summary>The most likely subject of a kind, or null.</summary>
    public EntityMatch? Subject(params EntityKind[] kinds) => Subjects.FirstOrDefault(s => kinds.Contains(s.Kind));
}
