using EventBot.Domain.Insight;
using LiteDB;

namespace EventBot.Storage.Insight;

/// <summary>
/// Unanswered questions in the <c>unanswered</c> collection, one document per normalised question (its <c>_id</c>) with its
/// count and when it was first and last asked. Not durable: a count lost in a crash does not matter.
/// </summary>
public sealed class LiteDbUnansweredQuestions(EventBotDatabase database) : IUnansweredQuestions
{
    public const string Collection = "unanswered";

    /// <summary>Distinct questions kept; beyond, only those already known are counted, so that a flood cannot fill the disk.</summary>
    public const int MaxQuestions = 5000;

    public void Record(string question, UnansweredReason reason, DateTimeOffset at)
    {
        var text = QuestionRedactor.Redact(question);
        var key = QuestionRedactor.Key(text);
        if (key.Length == 0)
        {
            return;
        }

        database.Write(db =>
        {
            var questions = db.GetCollection(Collection);
            var document = questions.FindById(key);
            if (document is null)
            {
                if (questions.Count() >= MaxQuestions)
                {
                    return false;
                }

                document = new BsonDocument { ["_id"] = key, ["count"] = 0, ["firstAskedAt"] = at.UtcDateTime };
            }

            document["text"] = text;
            document["count"] = document["count"].AsInt32 + 1;
            document["lastAskedAt"] = at.UtcDateTime;
            document["reason"] = reason.ToString();
            return questions.Upsert(document);
        }, durable: false);
    }

    public IReadOnlyList<UnansweredQuestion> MostAsked(int limit) =>
        database.Read(db => db.GetCollection(Collection).FindAll().ToList())
            .Select(d => new UnansweredQuestion(
                d["text"].AsString,
                d["count"].AsInt32,
                Utc(d["firstAskedAt"]),
                Utc(d["lastAskedAt"]),
                Enum.TryParse<UnansweredReason>(d["reason"].AsString, out var reason) ? reason : UnansweredReason.Unknown))
            .OrderByDescending(q => q.Count)
            .ThenByDescending(q => q.LastAskedAt)
            .Take(limit)
            .ToList();

    private static DateTimeOffset Utc(BsonValue value) => new(value.AsDateTime.ToUniversalTime(), TimeSpan.Zero);
}
