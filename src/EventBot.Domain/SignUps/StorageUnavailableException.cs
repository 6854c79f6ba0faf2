namespace EventBot.Domain.SignUps;

/// <summary>
/// The sign-ups cannot be read or written (database file corrupt, locked, read-only, disk full).
/// Its message is French and fit to show: the dialogs say it and go on answering questions.
/// </summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner)
{
    public const string DefaultMessage =
        "Les inscriptions sont momentanément indisponibles. Réessayez dans quelques minutes ; je peux toujours répondre à vos questions sur l'événement.";

    public StorageUnavailableException(Exception inner) : this(DefaultMessage, inner)
    {
    }
}
