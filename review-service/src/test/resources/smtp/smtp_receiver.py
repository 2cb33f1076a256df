"""Message handler for aiosmtpd, the real SMTP server the review-service tests send notification mails to.

Also the benchmark's receiver (deploy/bench/bench.sh). Each message is written as one JSON file (decoded subject, headers and text body), renamed into place once complete,
so a reader never sees half a message. Run: python3 -m aiosmtpd -n -l 127.0.0.1:PORT -c smtp_receiver.JsonMailbox DIR
"""
import json
import os
import time
import uuid
from email import message_from_bytes, policy


class JsonMailbox:
    def __init__(self, directory):
        self.directory = directory
        os.makedirs(directory, exist_ok=True)

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) != 1:
            parser.error('JsonMailbox takes one argument: the directory to write messages to')
        return cls(args[0])

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.original_content, policy=policy.default)
        body = message.get_body(preferencelist=('plain',))
        record = {
            # Epoch milliseconds: the benchmark times each mail from the action that caused it (same machine clock).
            'receivedAt': int(time.time() * 1000),
            'from': envelope.mail_from,
            'to': envelope.rcpt_tos,
            'subject': str(message['subject']),
            'headers': {name: str(value) for name, value in message.items()},
            'text': body.get_content() if body is not None else '',
        }
        name = uuid.uuid4().hex
        partial = os.path.join(self.directory, name + '.part')
        with open(partial, 'w', encoding='utf-8') as out:
            json.dump(record, out, ensure_ascii=False)
        os.rename(partial, os.path.join(self.directory, name + '.json'))
        return '250 Message accepted for delivery'
