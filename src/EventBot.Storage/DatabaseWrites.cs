using EventBot.Domain.SignUps;
using LiteDB;

namespace EventBot.Storage;

/// <summary>How the stores read and write the one database: storage failures said as <see cref="StorageUnavailableException"/>.</summary>
internal static class DatabaseWrites
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction under the write gate. With <paramref name="durable"/> (a write a
    /// person is told about), returns only once the commit is on disk when <see cref="StorageOptions.WaitForDisk"/> says
    /// so, waiting for it after releasing the gate. With <paramref name="givingWay"/> (one of many writes in a row, in the
    /// background), the writers already waiting for the gate go first (<see cref="WriteGate.EnterGivingWay"/>).
    /// </summary>
    public static T Write<T>(this EventBotDatabase database, Func<LiteDatabase, T> work, bool durable, bool givingWay = false)
    {
        try
        {
            var db = database.Database;
            database.EnsureRoomToWrite();
            T result;
            long commits;
            using (givingWay ? database.WriteGate.EnterGivingWay() : database.WriteGate.Enter())
            {
                db.BeginTrans();
                try
                {
                    database.RideAlong(db);
                    result = work(db);
                    db.Commit();
                    database.RideEnded(committed: true);
                }
                catch
                {
                    db.Rollback();
                    database.RideEnded(committed: false);
                    throw;
                }

                commits = database.CommitsSoFar();
                database.CheckpointIfOthersWait();
            }

            if (durable)
            {
                database.WaitUntilOnDisk(commits);
            }

            return result;
        }
        catch (Exception error) when (IsStorageFailure(error))
        {
            throw new StorageUnavailableException(error);
        }
    }

    public static T Read<T>(this EventBotDatabase database, Func<LiteDatabase, T> work)
    {
        try
        {
            return work(database.Database);
        }
        catch (Exception error) when (IsStorageFailure(error))
        {
            throw new StorageUnavailableException(error);
        }
    }

    private static bool IsStorageFailure(Exception error) => error is LiteException or IOException or UnauthorizedAccessException;
}
