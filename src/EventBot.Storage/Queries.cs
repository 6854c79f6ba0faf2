using LiteDB;

namespace EventBot.Storage;

/// <summary>
/// Query expressions that take their values as parameters. LiteDB compiles an expression once per distinct text and
/// keeps it for the life of the process; <c>Query.EQ</c> and its kin write the value into the text, so each person,
/// message or instant asked about cost a compilation and memory that never came back (the 2-minute soak's working set
/// grew with every sign-up).
/// </summary>
internal static class Queries
{
    public static BsonExpression Equal(string field, BsonValue value) => BsonExpression.Create($"$.{field} = @0", value);
}
