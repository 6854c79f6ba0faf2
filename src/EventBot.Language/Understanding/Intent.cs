namespace EventBot.Language.Understanding;

/// <summary>What a participant wants from one message.</summary>
public enum Intent
{
    /// <summary>Nothing recognised: the search over the event knowledge gets a try.</summary>
    None,
    Greeting,
    Thanks,
    Goodbye,
    Help,
    Cancel,
    /// <summary>What happens on a day or a date ("programme jeudi", "qu'est-ce qu'il y a demain").</summary>
    Programme,
    /// <summary>What happens now / today / ce soir.</summary>
    Now,
    /// <summary>What comes next ("et après ?", "ensuite").</summary>
    Next,
    /// <summary>About the parcours: list, one of them, which to choose.</summary>
    Parcours,
    /// <summary>A session (atelier, visite, table ronde, plateau radio) and what it is about.</summary>
    Session,
    /// <summary>Where something is or takes place.</summary>
    Lieu,
    /// <summary>Who speaks, who is someone, who speaks where.</summary>
    Intervenant,
    /// <summary>A downloadable document: bibliographie, programme PDF, slides.</summary>
    Ressource,
    /// <summary>The "fiches expérience".</summary>
    Fiche,
    /// <summary>One of the week's events (lancement, World Forum, circuits courts, soirée de clôture…).</summary>
    WeekEvent,
    /// <summary>Who organised the week, the partners.</summary>
    Organisers,
    /// <summary>The PAQTE and its axes.</summary>
    Paqte,
    /// <summary>When something happens (a date or an hour).</summary>
    Quand,
    /// <summary>Web links: webdoc, YouTube, ADULM dossier.</summary>
    Lien,
    /// <summary>Signing up for a parcours (the sign-up dialog comes with issue #3).</summary>
    Inscription,
    /// <summary>Something the bot can never know from the sources (parking, prix, wifi, météo…).</summary>
    Unknowable,
    /// <summary>Nothing to do with the event.</summary>
    OutOfScope,
}
