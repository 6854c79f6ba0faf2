using EventBot.Language.Entities;
using EventBot.Language.Intents;
using EventBot.Language.Text;

namespace EventBot.Language.Tests;

/// <summary>
/// Names and cues are found from what each token matches, worked out once per distinct token and remembered
/// (<see cref="NameWords"/>, <see cref="CueMatcher"/>). These tests hold them to the rules applied word by word, over
/// every test utterance, every name, and the same with typos.
/// </summary>
public class RememberedWordsTests
{
    private static readonly IReadOnlyList<EntityPhrase> Phrases = EntityPhraseBuilder.Build(SeedData.Data);

    /// <summary>Every utterance of the datasets and every name, as written and with a typo in each long word.</summary>
    private static readonly IReadOnlyList<IReadOnlyList<string>> Messages = BuildMessages();

    private static List<IReadOnlyList<string>> BuildMessages()
    {
        var texts = SeedData.Utterances("utterances.train.tsv").Concat(SeedData.Utterances("utterances.heldout.tsv"))
            .Select(u => u.Utterance)
            .Concat(Phrases.Select(p => "c'est quoi " + string.Join(' ', p.Tokens)))
            .ToList();
        var random = new Random(6);
        var messages = new List<IReadOnlyList<string>>();
        foreach (var text in texts)
        {
            var tokens = FrenchNormaliser.Normalise(text).Tokens;
            messages.Add(tokens);
            messages.Add(tokens.Select(t => t.Length >= 5 ? Typo(t, random) : t).ToList());
        }
        return messages;
    }

    /// <summary>One letter dropped, doubled, changed or swapped with the next.</summary>
    private static string Typo(string word, Random random)
    {
        var i = random.Next(1, word.Length - 1);
        return random.Next(4) switch
        {
            0 => word.Remove(i, 1),
            1 => word.Insert(i, word[i].ToString()),
            2 => word[..i] + (char)('a' + random.Next(26)) + word[(i + 1)..],
            _ => word[..i] + word[i + 1] + word[i] + word[(i + 2)..],
        };
    }

    [Fact]
    public void Names_are_found_where_scoring_each_word_anew_finds_them()
    {
        var words = new NameWords(Phrases);
        var differences = new List<string>();
        var found = 0;
        foreach (var tokens in Messages)
        {
            var read = words.Read(tokens);
            var findable = words.Findable(read);
            for (var p = 0; p < Phrases.Count; p++)
            {
                var expected = FuzzyMatcher.BestSpan(tokens, Phrases[p].Tokens);
                var actual = findable[p] ? FuzzyMatcher.BestSpan(words.Scores(read, p)) : null;
                if (expected is not null) found++;
                if (expected != actual)
                    differences.Add($"« {string.Join(' ', tokens)} » / {string.Join(' ', Phrases[p].Tokens)}: {expected} ≠ {actual}");
            }
        }
        Assert.Empty(differences);
        // The corpus does name things, typos included, so the comparison above is not about nulls only.
        Assert.True(found > Messages.Count, $"only {found} names found");
    }

    [Fact]
    public void Cue_words_are_those_each_token_is_compared_to_anew()
    {
        var cues = IntentCues.All.Select(c => c.Tokens).ToList();
        var matcher = new CueMatcher(cues);
        var cueWords = cues.SelectMany(c => c).Distinct().ToList();
        var tokens = Messages.SelectMany(m => m).Distinct().ToList();
        var differences = new List<string>();
        var same = 0;
        foreach (var token in tokens)
        {
            var message = matcher.Read([token]);
            foreach (var word in cueWords)
            {
                var expected = CueMatcher.Same(token, word);
                if (expected) same++;
                if (expected != (message.Find(matcher.Prepare([word]), new HashSet<int>()) == 0))
                    differences.Add($"{token} / {word}: expected {expected}");
            }
        }
        Assert.Empty(differences);
        // Hundreds of (token, cue word) pairs are the same word, so the comparison is not about misses only.
        Assert.True(same > 500, $"only {same} tokens are cue words");
    }

    [Fact]
    public void A_cue_is_found_across_the_message_and_not_inside_covered_tokens()
    {
        var matcher = new CueMatcher([["table", "ronde"], ["qui"]]);
        var message = matcher.Read(FrenchNormaliser.Normalise("c'est ou la tables rondes de jeudi ?").Tokens);
        Assert.Equal(4, message.Find(matcher.Prepare(["table", "ronde"]), new HashSet<int>()));
        Assert.Equal(-1, message.Find(matcher.Prepare(["table", "ronde"]), new HashSet<int> { 5 }));
        Assert.Equal(-1, message.Find(matcher.Prepare(["qui"]), new HashSet<int>()));
        // "ce qui" is a relative, not a question about who.
        Assert.Equal(-1, matcher.Read(["ce", "qui", "se", "passe"]).Find(matcher.Prepare(["qui"]), new HashSet<int>()));
    }

    [Fact]
    public void The_memory_of_tokens_stays_bounded_and_what_is_found_stays_the_same()
    {
        var words = new NameWords(Phrases);
        var cues = new CueMatcher(IntentCues.All.Select(c => c.Tokens));
        var message = FrenchNormaliser.Normalise("c koi le parcours emergense ?").Tokens;
        var before = Describe(words, message);
        for (var i = 0; i < NameWords.MaxRemembered + 500; i++)
        {
            words.Of($"mot{i}");
            cues.Read([$"mot{i}"]);
            Assert.InRange(words.RememberedCount, 1, NameWords.MaxRemembered);
            Assert.InRange(cues.RememberedCount, 1, CueMatcher.MaxRemembered);
        }
        Assert.Equal(before, Describe(words, message));
        Assert.Contains("emergence", before);
    }

    private static string Describe(NameWords words, IReadOnlyList<string> tokens)
    {
        var read = words.Read(tokens);
        var findable = words.Findable(read);
        return string.Join(" | ", Enumerable.Range(0, Phrases.Count)
            .Where(p => findable[p] && FuzzyMatcher.BestSpan(words.Scores(read, p)) is not null)
            .Select(p => $"{string.Join(' ', Phrases[p].Tokens)} {FuzzyMatcher.BestSpan(words.Scores(read, p))}"));
    }
}
