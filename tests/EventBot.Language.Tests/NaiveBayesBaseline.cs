using EventBot.Language.Text;

namespace EventBot.Language.Tests;

/// <summary>
/// The alternative measured against the rules: a multinomial naive Bayes over normalised unigrams and
/// bigrams of the train file, Laplace smoothing. Kept as a test so the comparison can be re-run.
/// </summary>
public sealed class NaiveBayesBaseline
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = [];
    private readonly Dictionary<string, int> _totals = [];
    private readonly Dictionary<string, int> _documents = [];
    private readonly HashSet<string> _vocabulary = [];
    private int _documentCount;

    public NaiveBayesBaseline(IEnumerable<(string Intent, string Utterance)> train)
    {
        foreach (var (intent, utterance) in train)
        {
            _documentCount++;
            _documents[intent] = _documents.GetValueOrDefault(intent) + 1;
            if (!_counts.TryGetValue(intent, out var counts)) _counts[intent] = counts = [];
            foreach (var feature in Features(utterance))
            {
                counts[feature] = counts.GetValueOrDefault(feature) + 1;
                _totals[intent] = _totals.GetValueOrDefault(intent) + 1;
                _vocabulary.Add(feature);
            }
        }
    }

    public string Predict(string utterance)
    {
        var features = Features(utterance).ToList();
        return _counts.Keys.MaxBy(intent =>
            Math.Log((double)_documents[intent] / _documentCount)
            + features.Sum(f => Math.Log((_counts[intent].GetValueOrDefault(f) + 1.0) / (_totals[intent] + _vocabulary.Count))))!;
    }

    private static IEnumerable<string> Features(string utterance)
    {
        var tokens = FrenchNormaliser.Normalise(utterance).Tokens;
        return tokens.Concat(tokens.Zip(tokens.Skip(1), (a, b) => a + " " + b));
    }
}

public class NaiveBayesBaselineTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void RulesBeatTheBaselineOnHeldOut()
    {
        var heldOut = SeedData.Utterances("utterances.heldout.tsv");
        var bayes = new NaiveBayesBaseline(SeedData.Utterances("utterances.train.tsv"));
        var bayesAccuracy = heldOut.Count(u => bayes.Predict(u.Utterance) == u.Intent) / (double)heldOut.Count;
        var rulesAccuracy = heldOut.Count(u => SeedData.Understander.Understand(u.Utterance, SeedData.DuringWeek).Intent.ToString() == u.Intent)
                            / (double)heldOut.Count;
        output.WriteLine($"held-out: rules {rulesAccuracy:P1}, naive Bayes {bayesAccuracy:P1}");
        Assert.True(rulesAccuracy > bayesAccuracy, $"rules {rulesAccuracy:P1} vs naive Bayes {bayesAccuracy:P1}");
    }
}
