using EventBot.Language.Understanding;

namespace EventBot.Language.Intents;

/// <summary>
/// A word or phrase that points at an intent, with how strongly. <see cref="Topic"/> names the
/// unknowable subject ("parking", "prix"…) for <see cref="Intent.Unknowable"/> cues.
/// <see cref="CountsInsideNames"/> marks the few cues that keep their meaning inside a longer name
/// ("paqte" in "signature du PAQTE"). <see cref="Role"/> says when the cue's evidence depends on the rest
/// of the message. A cue of <see cref="Intent.None"/> weighs nothing: it only hides the cues inside it
/// ("s'inscrit dans le cadre" is no sign-up).
/// </summary>
internal sealed record IntentCue(
    Intent Intent, IReadOnlyList<string> Tokens, double Weight, string? Topic = null, bool CountsInsideNames = false, CueRole Role = CueRole.Plain);

/// <summary>How a cue's evidence depends on the rest of the message.</summary>
internal enum CueRole
{
    /// <summary>Evidence for its intent, whatever else is said.</summary>
    Plain,
    /// <summary>
    /// Asks where, not about a place: where a document or a link is found goes to Ressource or Lien
    /// ("la biblio je la trouve où"), anything else to Lieu.
    /// </summary>
    Where,
    /// <summary>Says where someone comes from ("elle vient d'où"): about a person when one is named or meant, else a plain where.</summary>
    PersonOrWhere,
    /// <summary>
    /// Evidence only when an organisation is named ("Amiens Métropole a participé ?" asks whether it was a partner);
    /// otherwise it only hides its parts ("qui a participé au pop-up" is no sign-up either).
    /// </summary>
    AboutOrganisation,
    /// <summary>Names the day's programme unless a document word says it is the programme's file ("télécharger le programme").</summary>
    UnlessDocument,
    /// <summary>A web site unless a place is named: "le site de la Plaine Images" is the place.</summary>
    UnlessPlace,
}
