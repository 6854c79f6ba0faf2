using EventBot.Domain.Insight;
using EventBot.Domain.SignUps;

namespace EventBot.Organisers;

/// <summary><c>GET /api/organisers/unanswered?limit=100</c>: the questions the bot could not answer, most asked first.</summary>
public static class UnansweredEndpoints
{
    private const int DefaultLimit = 100;
    private const int MaxLimit = 1000;

    /// <param name="Reason">In French: « inconnu », « partiel », « incompris », « hors sujet ».</param>
    public sealed record Question(string Text, int Count, DateTimeOffset FirstAskedAt, DateTimeOffset LastAskedAt, string Reason);

    public static RouteGroupBuilder MapUnansweredQuestions(this RouteGroupBuilder organisers)
    {
        organisers.MapGet("/unanswered", (int? limit, IUnansweredQuestions questions) =>
        {
            if (limit is < 1 or > MaxLimit)
            {
                return Results.Problem(detail: UnansweredTexts.BadLimit(MaxLimit), statusCode: StatusCodes.Status400BadRequest);
            }

            try
            {
                return Results.Ok(questions.MostAsked(limit ?? DefaultLimit)
                    .Select(q => new Question(q.Text, q.Count, q.FirstAskedAt, q.LastAskedAt, UnansweredTexts.Reason(q.Reason)))
                    .ToList());
            }
            catch (StorageUnavailableException)
            {
                return Results.Problem(detail: UnansweredTexts.Unavailable, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return organisers;
    }
}
