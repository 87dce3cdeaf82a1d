// The LSP connection, over the transport named on the command line. Over Node IPC (how the
// VS Code client starts the server) writes settle only once Node has handed each message to
// the OS: vscode-jsonrpc's IPCMessageWriter settles at once, so the indexer's back-pressure
// could not see messages piling up in the channel, each holding its whole diagnostics object
// graph until written (5,000 articles: RSS 440-480 MB after indexing instead of about 280).
import { ChildProcess } from 'child_process';
import { AbstractMessageWriter, Connection, createConnection, IPCMessageReader, Message, MessageWriter, ProposedFeatures } from 'vscode-languageserver/node';

export function createServerConnection(): Connection {
  if (!process.argv.slice(2).includes('--node-ipc')) return createConnection(ProposedFeatures.all);
  return createConnection(ProposedFeatures.all, new IPCMessageReader(process), new SettledIpcMessageWriter(process));
}

/** Like vscode-jsonrpc's IPCMessageWriter, but `write` settles when the message has been sent. */
class SettledIpcMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(private readonly target: NodeJS.Process | ChildProcess) {
    super();
    target.on('error', (error: Error) => this.fireError(error));
    target.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    return new Promise((resolve, reject) => {
      // A failed send is reported as an error event, as IPCMessageWriter does; the write settles either way.
      const sent = (error: Error | null) => {
        if (error) this.fireError(error, msg, ++this.errorCount);
        else this.errorCount = 0;
        resolve();
      };
      try {
        if (typeof this.target.send !== 'function') return resolve();
        this.target.send(msg, undefined, undefined, sent);
      } catch (error) {
        this.fireError(error, msg, ++this.errorCount);
        reject(error);
      }
    });
  }

  end(): void {}
}
