using System.Text.Json;
using System.Text.RegularExpressions;
using EventBot.Domain.Model;

namespace EventBot.Domain.Seeds;

/// <summary>
/// Reads event data from JSON strictly (see <see cref="EventDataJson.Options"/>) then checks its consistency with
/// <see cref="EventDataValidator"/>. Any problem throws an <see cref="EventDataException"/> naming the source,
/// the line and JSON path, and what is wrong.
/// </summary>
public static partial class EventDataLoader
{
    /// <summary>Loads and validates a seed file; <paramref name="path"/> is quoted as given in error messages.</summary>
    public static EventData Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EventDataException(path, [new EventDataProblem("$", $"cannot read the file: {e.Message}")], e);
        }

        return Parse(json, path);
    }

    /// <summary>Parses and validates JSON text; <paramref name="source"/> names it in error messages (file path, "live update"…).</summary>
    public static EventData Parse(string json, string source)
    {
        EventData? data;
        try
        {
            data = JsonSerializer.Deserialize<EventData>(json, EventDataJson.Options);
        }
        catch (JsonException e)
        {
            throw new EventDataException(source, [ToProblem(e)], e);
        }

        if (data is null)
        {
            throw new EventDataException(source, [new EventDataProblem("$", "the root must be an object, not null")]);
        }

        EventDataValidator.EnsureValid(data, source);
        return data;
    }

    private static EventDataProblem ToProblem(JsonException e) => new(
        string.IsNullOrEmpty(e.Path) ? "$" : e.Path,
        PlainWords(e.Message),
        e.LineNumber + 1,
        e.BytePositionInLine + 1);

    // System.Text.Json speaks of .NET types; organisers editing the file need the JSON names instead.
    private static string PlainWords(string message)
    {
        message = PathSuffix().Replace(message, "").Trim();

        var missing = MissingRequired().Match(message);
        if (missing.Success)
        {
            var names = missing.Groups["names"].Value.Replace("'", "\"");
            return $"missing required property {names} in {ShortType(missing.Groups["type"].Value)}";
        }

        var unknown = UnknownMember().Match(message);
        if (unknown.Success)
        {
            return $"unknown property \"{unknown.Groups["name"].Value}\" in {ShortType(unknown.Groups["type"].Value)}";
        }

        var conversion = CannotConvert().Match(message);
        if (conversion.Success)
        {
            return $"this value is not {Expected(conversion.Groups["type"].Value)}";
        }

        var duplicate = DuplicateProperty().Match(message);
        if (duplicate.Success)
        {
            return $"property \"{duplicate.Groups["name"].Value}\" appears twice in {ShortType(duplicate.Groups["type"].Value)}";
        }

        var nullValue = NullNotAllowed().Match(message);
        return nullValue.Success
            ? $"\"{nullValue.Groups["name"].Value}\" cannot be null"
            : message;
    }

    private static string ShortType(string fullName) => fullName[(fullName.LastIndexOf('.') + 1)..];

    // Lists first: "IReadOnlyList`1[System.DateOnly]" wants a list, not a date.
    private static string Expected(string typeName) => typeName switch
    {
        _ when typeName.Contains("IReadOnlyList") => "a list [...]",
        _ when typeName.Contains("DateOnly") => "a date written \"yyyy-MM-dd\"",
        _ when typeName.Contains("TimeOnly") => "a time written \"HH:mm\"",
        _ when typeName.Contains("Int32") => "a whole number",
        _ when typeName.Contains("String") => "a text string",
        _ => $"a valid {ShortType(typeName)} object",
    };

    [GeneratedRegex(@"\s*Path: .*$", RegexOptions.Singleline)]
    private static partial Regex PathSuffix();

    [GeneratedRegex(@"for type '(?<type>[^']+)' was missing required properties(?: including)?: (?<names>.+?)\.?$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"The JSON property '(?<name>[^']+)' could not be mapped to any \.NET member contained in type '(?<type>[^']+)'")]
    private static partial Regex UnknownMember();

    [GeneratedRegex(@"The JSON value could not be converted to (?<type>\S+?)\.?$")]
    private static partial Regex CannotConvert();

    [GeneratedRegex(@"Duplicate property '(?<name>[^']+)' encountered during deserialization of type '(?<type>[^']+)'")]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex(@"The property or field '(?<name>[^']+)' .*doesn't allow (?:getting|setting) null values")]
    private static partial Regex NullNotAllowed();
}
