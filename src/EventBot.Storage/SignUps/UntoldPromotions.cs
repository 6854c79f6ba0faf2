namespace EventBot.Storage.SignUps;

/// <summary>
/// Whether the sign-ups of a database may hold a promotion from a waiting list that its person was not told about yet
/// (<c>promotionSeen</c> false). Asked at every message and at every round of the outbox's dispatcher, where the answer is
/// nearly always "no": the sign-ups are read only when a promotion was committed since the last time none was untold
/// (and once after opening), since <c>promotionSeen</c> has no index. One per database
/// (<see cref="EventBotDatabase.UntoldPromotions"/>), shared by the sign-up service, which promotes, and the outbox, which
/// tells.
/// </summary>
public sealed class UntoldPromotions
{
    /// <summary>Promotions committed, counted from 1: before the first look, the file may hold untold ones.</summary>
    private long _promotions = 1;

    /// <summary>The value of <see cref="_promotions"/> when the sign-ups last held no untold promotion (0: not known yet).</summary>
    private long _allToldAt;

    /// <summary>Called once a write that promoted someone is committed.</summary>
    public void Promoted() => Interlocked.Increment(ref _promotions);

    /// <summary>
    /// False when no promotion was committed since the sign-ups last held none untold. Otherwise
    /// <paramref name="generation"/> is what to pass to <see cref="AllTold"/> if the sign-ups, read after this call, hold
    /// none.
    /// </summary>
    public bool MayBeUntold(out long generation)
    {
        generation = Volatile.Read(ref _promotions);
        return generation != Volatile.Read(ref _allToldAt);
    }

    /// <summary>
    /// The sign-ups, read after <see cref="MayBeUntold"/> gave <paramref name="generation"/>, hold no untold promotion. A
    /// promotion committed since then has moved the count on, and is looked at next time.
    /// </summary>
    public void AllTold(long generation)
    {
        var current = Volatile.Read(ref _allToldAt);
        while (generation > current)
        {
            var seen = Interlocked.CompareExchange(ref _allToldAt, generation, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
