namespace EventBot.Language.SignUps;

/// <summary>What a message asks of the person's own sign-up.</summary>
public enum SignUpAction
{
    None,
    /// <summary>"Je veux m'inscrire", "inscris-moi au parcours Emergence".</summary>
    New,
    /// <summary>"Quelle est mon inscription ?", "suis-je inscrit ?".</summary>
    View,
    /// <summary>"Change-moi de parcours".</summary>
    Change,
    /// <summary>"Annule mon inscription", "désinscrivez-moi".</summary>
    Cancel,
    /// <summary>"Quelles données avez-vous sur moi ?".</summary>
    ViewData,
    /// <summary>"Supprimez mes données".</summary>
    DeleteData,
    /// <summary>"Il reste des places dans Emergence ?", "c'est complet ?": places left, not one's own sign-up.</summary>
    Availability,
    /// <summary>"Je préfère ne pas m'inscrire", "finalement je ne veux pas m'inscrire": no sign-up, and none under way.</summary>
    Decline,
}
