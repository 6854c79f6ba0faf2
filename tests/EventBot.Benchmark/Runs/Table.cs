using System.Globalization;
using System.Text;

namespace EventBot.Benchmark.Runs;

/// <summary>A Markdown table, written as the rows come, for docs/benchmark.md.</summary>
public sealed class Table(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params object[] cells) => _rows.Add([.. cells.Select(Format)]);

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine("| " + string.Join(" | ", headers) + " |");
        text.AppendLine("|" + string.Concat(headers.Select(_ => "---|")));
        foreach (var row in _rows)
        {
            text.AppendLine("| " + string.Join(" | ", row) + " |");
        }

        return text.ToString();
    }

    public static string Format(object cell) => cell switch
    {
        double number when double.IsNaN(number) => "–",
        double number => number.ToString(number >= 100 ? "0" : number >= 10 ? "0.0" : "0.00", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}
