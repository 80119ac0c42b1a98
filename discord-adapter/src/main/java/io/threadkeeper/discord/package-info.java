package io.threadkeeper.discord;
