namespace EventBot.Dialogs.Framework;

/// <summary>The dialogs a conversation can run, by id.</summary>
public sealed class DialogSet(IEnumerable<Dialog> dialogs)
{
    private readonly Dictionary<string, Dialog> _dialogs = dialogs.ToDictionary(d => d.Id);

    public Dialog Find(string id) =>
        _dialogs.TryGetValue(id, out var dialog)
            ? dialog
            : throw new InvalidOperationException($"No dialog with id '{id}' is registered.");

    public bool Contains(string id) => _dialogs.ContainsKey(id);
}
