package io.threadkeeper.slack;
