using LiteDB;

namespace EventBot.Storage;

/// <summary>
/// Small writes put off until the next transaction of anyone, rather than each paying a commit of its own
/// (<see cref="EventBotDatabase.AddRider"/>). Called under the database's write gate, one transaction at a time.
/// </summary>
internal interface IRider
{
    /// <summary>Writes what was put off, inside the transaction just begun.</summary>
    void WriteAlong(LiteDatabase database);

    /// <summary>That transaction committed (what it wrote is done with) or rolled back (it is still to write).</summary>
    void Ended(bool committed);
}
