using EventBot.Language.Understanding;

namespace EventBot.Language.Intents;

/// <summary>
/// A word or phrase that points at an intent, with how strongly. <see cref="Topic"/> names the
/// unknowable subject ("parking", "prix"…) for <see cref="Intent.Unknowable"/> cues.
/// <see cref="CountsInsideNames"/> marks the few cues that keep their meaning inside a longer name
/// ("paqte" in "signature du PAQTE").
/// </summary>
internal sealed record IntentCue(Intent Intent, IReadOnlyList<string> Tokens, double Weight, string? Topic = null, bool CountsInsideNames = false);
