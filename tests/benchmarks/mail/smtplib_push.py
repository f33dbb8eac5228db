#!/usr/bin/python3
"""The floor for bench_mail: a plain Python smtplib client pushing the same messages
(the .eml files of a folder, one recipient each as named in recipients.txt) to the same
server over one connection, STARTTLS and AUTH as the desk does. Prints the seconds."""
import os
import smtplib
import ssl
import sys
import time

host, port, ca, user, password, sender, folder = sys.argv[1:8]
names = sorted(n for n in os.listdir(folder) if n.endswith(".eml"))
recipients = open(os.path.join(folder, "recipients.txt"), encoding="utf-8").read().split()
messages = [open(os.path.join(folder, n), "rb").read() for n in names]
context = ssl.create_default_context(cafile=ca)
start = time.monotonic()
client = smtplib.SMTP(host, int(port))
client.starttls(context=context)
client.login(user, password)
for rcpt, message in zip(recipients, messages):
    client.sendmail(sender, [rcpt], message)
client.quit()
print("%.3f" % (time.monotonic() - start))
